/**
 * Every selector and label the LinkedIn company reader uses, in order of trust.
 * Stability per DOM-NOTES: S stable (URL, JSON-LD, data-test-id, aria-label, dt labels),
 * M long-lived classes, B brittle (only ever a last fallback).
 */
export const COMPANY = {
  /** Logged-in top-card name, also in its `title` (2020–2024); hashed class in 2025. M/B */
  nameLoggedIn: ['h1.org-top-card-summary__title', 'main h1[title]', 'main h1'],
  /** Logged-out top card (2020–2025). M */
  nameLoggedOut: ['h1.top-card-layout__title'],
  /** Headings only a company card has (no generic fallback): tells a page from a wall. M */
  nameOnCard: ['h1.org-top-card-summary__title', 'h1.top-card-layout__title'],
  /** Company logo: `alt` is "<Name> logo" / "Logotipo de <Name>" (2019–2025). M */
  logo: [
    'img.org-top-card-primary-content__logo',
    'main img[alt$=" logo"]',
    'main img[alt^="Logotipo de "]',
  ],
  /** Tagline under the name (logged-in 2020–2024; logged-out headline 2020–2025). M */
  tagline: ['p.org-top-card-summary__tagline', 'h2.top-card-layout__headline'],
  /** Industry, HQ, followers and size band, in varying order (2022–2024). M */
  infoItems: ['.org-top-card-summary-info-list__info-item'],
  /** "Visit website" button of the top card, label localised (2021–2025); else the
   *  overview's "Contact info" link (2021). S/M */
  visitWebsite: [
    'a[aria-label^="Visit website"]',
    'a[aria-label^="Visitar sitio web"]',
    'a[aria-label^="Visitar el sitio web"]',
    '.org-contact-info__content a[href]',
  ],
  /** Logged-out about section and its fields (2020–2025). S */
  aboutLoggedOut: ['section[data-test-id="about-us"]'],
  aboutDescriptionLoggedOut: [
    '[data-test-id="about-us__description"]',
    'section[data-test-id="about-us"] p',
  ],
  /** Logged-in overview-tab "About" card (2021–2024). M */
  aboutModule: ['p.org-about-module__description', '.org-about-us-organization-description__text'],
  /** Labelled facts: `dt` label then `dd` values (about tab, logged in and out). S */
  labels: 'dt',
  /** The page's own tab bar links to this company's sub-pages: it names the page shown. S/M */
  pageNav: [
    'nav.org-page-navigation a[href*="/company/"]',
    'nav[aria-label="Organization’s page navigation"] a[href*="/company/"]',
    'nav[aria-label="Navegación de la página de la organización"] a[href*="/company/"]',
  ],
  canonical: ['link[rel="canonical"]'],
  /** First-render data blocks (HTML-escaped JSON); trusted only for the URL's company. S */
  bprCode: 'code[id^="bpr-guid-"]',
  /** Login wall / sign-up forms (2019–2025). S/M */
  loginWall: ['form.join-form', '.authwall-join-form', 'main.authwall'],
} as const;

/**
 * Side lists repeat other companies with the same classes as the page's own top card:
 * "Similar pages", "People also viewed", affiliated and showcase pages, and anything in
 * an `aside`. Nothing inside them is ever read.
 */
export const SIDE_LISTS = [
  'aside',
  '[data-test-id="similar-pages"]',
  '[data-test-id="affiliated-pages"]',
  '[data-test-id="showcase-pages"]',
  '.org-similar-orgs',
  '.org-affiliated-pages',
  '.aside-section-container',
].join(', ');

/** Headings that mark a side list when it is not in an `aside`. */
export const SIDE_LIST_HEADING =
  /^(similar pages|p[aá]ginas similares|people also viewed|pages people also viewed|otras personas tambi[eé]n (han )?(visto|vieron)|affiliated pages|p[aá]ginas afiliadas|showcase pages|p[aá]ginas de productos|p[aá]ginas de escaparate|browse jobs|explorar empleos|more searches|m[aá]s b[uú]squedas)\b/i;

/** About-tab headings that introduce the company's description. */
export const OVERVIEW_HEADING =
  /^(overview|about|about us|informaci[oó]n general|descripci[oó]n general|acerca de|sobre nosotros)$/i;

/** `dt` labels, English and Spanish (the UI language is the member's, not the company's). */
export const LABELS = {
  website: /^(website|sitio web|p[aá]gina web|web)$/i,
  phone: /^(phone|tel[eé]fono)$/i,
  industry: /^(industry|industries|sector|industria)$/i,
  size: /^(company size|tama[nñ]o de la empresa|tama[nñ]o)$/i,
  headquarters: /^(headquarters|sede|sede central|sede principal|oficina central)$/i,
  founded: /^(founded|fundaci[oó]n|a[nñ]o de fundaci[oó]n|fundada en|fundada)$/i,
  specialties: /^(specialties|specialities|especialidades)$/i,
  type: /^(type|company type|tipo|tipo de empresa)$/i,
} as const;
export type LabelKey = keyof typeof LABELS;

/** Logged-out field ids: `div[data-test-id="about-us__<id>"] dd` (2020–2025). S */
export const ABOUT_TEST_IDS: Readonly<Record<LabelKey, string>> = {
  website: 'website',
  phone: 'phone',
  industry: 'industry',
  size: 'size',
  headquarters: 'headquarters',
  founded: 'foundedOn',
  specialties: 'specialties',
  type: 'organizationType',
};

/** Redirect pages that wrap outbound links: the target is in `url`. S */
export const REDIRECT_PATHS = ['/redir/redirect', '/safety/go'];
