/**
 * Every selector the website reader uses, with what it anchors on. Company sites are
 * built by anyone with anything, so these lean on standards (schema.org microdata, ARIA
 * landmarks, HTML5 sectioning) first and on the common class names of site builders
 * (WordPress, Webflow, Wix, Shopify themes) after them. Lists are fallbacks in order.
 */
export const WEBSITE_SELECTORS = {
  /** schema.org microdata for the organisation (itemtype URLs, http or https). */
  microdataOrg: [
    '[itemtype*="schema.org/Organization"]',
    '[itemtype*="schema.org/Corporation"]',
    '[itemtype*="schema.org/LocalBusiness"]',
    '[itemtype*="schema.org/Store"]',
    '[itemtype*="schema.org/ProfessionalService"]',
  ],
  /** The page footer: HTML5 landmark, its ARIA role, then the builders' usual names. */
  footer: ['footer', '[role="contentinfo"]', '#footer', '.site-footer', '.footer'],
  /** Postal addresses written for people: `<address>`, then microdata's address. */
  address: ['address', '[itemprop="address"]'],
  /** "About us" parts of a page, by id or class, in the languages Criba reads. */
  about: [
    '#about',
    '#about-us',
    '#sobre-nosotros',
    '#quienes-somos',
    '#nosotros',
    '#empresa',
    '#a-propos',
    '#ueber-uns',
    '#chi-siamo',
    '#sobre-nos',
    'section[class*="about"]',
    'section[id*="about"]',
  ],
  /** The main content: HTML5 landmark, its ARIA role, then common content ids. */
  main: ['main', '[role="main"]', '#content', '#main'],
  /**
   * The site logo's image, whose `alt` often names the company: WordPress's
   * `custom-logo`, Bootstrap's `navbar-brand`, then any image in a logo container.
   */
  logo: [
    'img.custom-logo[alt]',
    'a.navbar-brand img[alt]',
    'header [class*="logo"] img[alt]',
    'header img[class*="logo"][alt]',
    '[class*="logo"] img[alt]',
    'img[class*="logo"][alt]',
    'img[id*="logo"][alt]',
    'header a[href="/"] img[alt]',
  ],
  /** Pages that are articles: a post's meta description is about the post, not the company. */
  article: [
    'meta[property="article:published_time"]',
    'body.single-post',
    'body.blog',
    'article.post',
  ],
} as const;

/** Pages about the company itself (about, history, team), by path, in several languages. */
export const ABOUT_PATH =
  /\/(?:about(?:-us)?|company|sobre(?:-nos(?:otros)?)?|quienes-somos|nosotros|(?:la-)?empresa|histor(?:ia|y)|equipo|team|a-propos|qui-sommes-nous|entreprise|ue?ber-uns|unternehmen|chi-siamo|azienda|quem-somos)(?:\/|\.html?|$)/i;

/** Careers paths in the languages Criba reads (the path must end at the word). */
export const CAREERS_PATH =
  /\/(?:careers?|jobs|empleo|empleos|ofertas-de-empleo|bolsa-de-empleo|bolsa-de-trabajo|oportunidades-laborales|vacantes|trabaja-con-nosotr[oa]s|unete(?:-al-equipo)?|join-us|joinus|join-our-team|work-with-us|karriere|jobs-karriere|stellenangebote|stellen|carrieres|carri%C3%A8res|carrières|recrutement|offres-d-emploi|lavora-con-noi|carreiras|trabalhe-conosco|vagas)(?:\/|\.html?$|$)/i;

/** Contact pages, by path, in several languages. */
export const CONTACT_PATH =
  /\/(?:contact(?:o|e|os|ar|a-nos|ez-nous|-us)?|kontakt|contatti|contattaci|nous-contacter|localizacion|donde-estamos|ubicacion|impressum)(?:\/|\.html?|$)/i;

/** Blog and news paths: their text talks about the world, not about the company. */
export const BLOG_PATH =
  /\/(?:blog|news|noticias|actualidad|articulos|articles|magazine|prensa|press|actualites|aktuelles|notizie|noticias)(?:\/|$)/i;

/** A site's home page: "/", a language root ("/es/", "/pt-br/") or an index file. */
export function isHomePath(path: string): boolean {
  return /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/?)?(?:index\.\w+)?$/i.test(path);
}
