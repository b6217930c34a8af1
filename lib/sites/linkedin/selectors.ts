/**
 * Every selector the LinkedIn person reader uses, in order of trust. Stability per
 * DOM-NOTES: S stable (URL, JSON-LD, aria-label, data-*), M long-lived classes,
 * B brittle (never used alone). Company-page selectors live in company-selectors.ts.
 */
export const PERSON = {
  /** Login wall / guest homepage (seen 2019–2025): replaces blocked profiles. S/M */
  loginWall: ['form.join-form', '[data-tracking-control-name*="auth_wall"]', '.authwall-join-form'],
  /** The profile's name: the only h1 in main (class 2024 text-heading-xlarge, hashed 2025). B/M */
  nameLoggedIn: ['main h1.text-heading-xlarge', 'main section h1', 'main h1'],
  /** Logged-out public profile top card (2020–2025). M */
  nameLoggedOut: ['h1.top-card-layout__title'],
  /** 2018 Ember profile. M (legacy) */
  nameLegacy: ['h1.pv-top-card-section__name', '.pv-top-card-v2-section__info h1'],
  /** Headline right after the name (2021–2025). M */
  headline: ['div.text-body-medium.break-words', 'div.text-body-medium'],
  headlineLoggedOut: ['h2.top-card-layout__headline'],
  headlineLegacy: ['h2.pv-top-card-section__headline'],
  /** Current company button; aria-label localised, text ends at ". Click…". S */
  currentCompany: [
    'button[aria-label^="Current company: "]',
    'button[aria-label^="Empresa actual: "]',
    '[aria-label^="Current company: "]',
    '[aria-label^="Empresa actual: "]',
  ],
  currentCompanyLoggedOut: [
    '[data-section="currentPositionsDetails"] .top-card-link__description',
    '[data-section="currentPositionsDetails"]',
  ],
  companyLegacy: ['.pv-top-card-v2-section__company-name', 'h3.pv-top-card-section__company'],
  /** First grey line of the top card holds the location (2022–2025). M */
  location: ['span.text-body-small.inline.t-black--light.break-words'],
  locationLoggedOut: ['h3.top-card-layout__first-subline'],
  locationLegacy: ['h3.pv-top-card-section__location'],
  /** Contact-info overlay link: its href carries the slug of the profile rendered. S */
  contactInfo: ['a[href$="/overlay/contact-info/"]', 'a[href*="/overlay/contact-info"]'],
  /** Profile photo: title/alt hold the name (fallback for a renamed h1). M */
  photo: ['img.pv-top-card-profile-picture__image--show', 'img.pv-top-card-profile-picture__image'],
  /** Experience section and its entries (2022–2025). S/M */
  experienceAnchor: ['#experience'],
  experienceEntry: ['[data-view-name="profile-component-entity"]'],
  /** Several roles at one employer: the entry heads a list of roles, newest first. M */
  experienceRole: ['.pvs-entity__sub-components [data-view-name="profile-component-entity"]'],
  experienceCompanyLink: [
    'a[data-field="experience_company_logo"][href*="/company/"]',
    'a[href*="/company/"]',
  ],
  /** One copy of the doubled texts (the other is span.visually-hidden). M */
  visibleText: 'span[aria-hidden="true"]',
  /** Logged-out experience list (2020–2025). M */
  experienceLoggedOut: ['section[data-section="experience"] li'],
  /** First-render data blocks with HTML-escaped JSON; only trusted for the URL's slug. S */
  bprCode: 'code[id^="bpr-guid-"]',
} as const;

/** Titles of the login wall page, English and Spanish. */
export const LOGIN_WALL_TITLES = [
  /log ?in or sign ?up/i,
  /sign up \| linkedin/i,
  /inicia sesi[oó]n o reg[ií]strate/i,
  /reg[ií]strate \| linkedin/i,
];
