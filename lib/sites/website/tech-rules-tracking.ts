import type { TechRule } from './tech-rules';

/**
 * Rules for what a page runs to measure, advertise, talk to visitors, take payments,
 * book meetings, collect forms, test variants and ask for consent (see tech-rules.ts).
 */
export const TRACKING_RULES: readonly TechRule[] = [
  // Analytics and advertising
  {
    name: 'Google Analytics',
    category: 'analytics',
    script:
      /\/\/(?:www\.|ssl\.)?google-analytics\.com\/(?:analytics|ga)\.js|\/\/(?:www\.)?googletagmanager\.com\/gtag\/js\?id=(?:G|UA)-/i,
    // Also the loader snippets (classic ga.js queue, gtag.js injected by a snippet).
    inline:
      /gtag\(\s*['"]config['"]\s*,\s*['"](?:G|UA)-|\bga\(\s*['"]create['"]|_gaq\.push\(\s*\[\s*['"]_setAccount['"]|google-analytics\.com\/(?:analytics|ga)\.js|googletagmanager\.com\/gtag\/js\?id=(?:G|UA)-/,
  },
  {
    name: 'Google Ads',
    category: 'advertising',
    script:
      /\/\/(?:www\.)?googletagmanager\.com\/gtag\/js\?id=AW-|\/\/www\.googleadservices\.com\/pagead\/conversion(?:_async)?\.js/i,
    inline: /gtag\(\s*['"]config['"]\s*,\s*['"]AW-/,
  },
  {
    name: 'Google Tag Manager',
    category: 'tag-manager',
    script: /\/\/(?:www\.)?googletagmanager\.com\/gtm\.js/i,
    inline: /['"]gtm\.start['"]|googletagmanager\.com\/gtm\.js/,
    embed: /\/\/(?:www\.)?googletagmanager\.com\/ns\.html\?id=GTM-/i,
  },
  {
    name: 'Matomo',
    category: 'analytics',
    script: /\/(?:matomo|piwik)\.js(?:\?|$)|\/\/cdn\.matomo\.cloud\//i,
    inline: /\b_paq\.push\(\s*\[\s*['"]setSiteId['"]|\b_paq\.push\(\s*\[\s*['"]trackPageView['"]/,
  },
  { name: 'Plausible', category: 'analytics', script: /\/\/plausible\.io\/js\//i },
  {
    name: 'Hotjar',
    category: 'analytics',
    script: /\/\/static\.hotjar\.com\//i,
    inline: /\b_?hjSettings\s*=\s*\{\s*hjid\s*:/,
  },
  {
    name: 'Microsoft Clarity',
    category: 'analytics',
    script: /\/\/www\.clarity\.ms\/tag\//i,
    inline: /clarity\.ms\/tag\//,
  },
  {
    name: 'Segment',
    category: 'analytics',
    script: /\/\/cdn\.segment\.(?:com|io)\/analytics\.js\//i,
    // The snippet's own loader also marks it (sites that serve analytics.js themselves).
    inline:
      /cdn\.segment\.(?:com|io)\/analytics\.js|analytics\.load\(\s*['"]\w{10,}['"]|analytics\.factory\s*=\s*function/,
  },
  {
    name: 'Mixpanel',
    category: 'analytics',
    script: /\/\/cdn(?:4)?\.mxpnl\.com\/|\/\/cdn\.mixpanel\.com\//i,
    inline: /mixpanel\.init\(\s*['"]\w+['"]/,
  },
  {
    name: 'Amplitude',
    category: 'analytics',
    script: /\/\/cdn\.amplitude\.com\//i,
    inline: /amplitude\.(?:getInstance\(\)\.)?init\(\s*['"]\w+['"]/,
  },
  {
    name: 'Meta Pixel',
    category: 'advertising',
    script: /\/\/connect\.facebook\.net\/[\w_]+\/fbevents\.js/i,
    inline: /fbq\(\s*['"]init['"]|connect\.facebook\.net\/[\w_]+\/fbevents\.js/,
  },
  {
    name: 'LinkedIn Insight Tag',
    category: 'advertising',
    script: /\/\/snap\.licdn\.com\/li\.lms-analytics\/insight\.min\.js/i,
    inline: /\b_linkedin_partner_id\s*=|snap\.licdn\.com\/li\.lms-analytics\/insight\.min\.js/,
  },
  // Chat and support
  {
    name: 'Intercom',
    category: 'chat',
    script: /\/\/(?:widget\.intercom\.io|js\.intercomcdn\.com)\//i,
    inline: /window\.intercomSettings\s*=|widget\.intercom\.io\/widget\//,
  },
  {
    name: 'Drift',
    category: 'chat',
    script: /\/\/js\.driftt\.com\//i,
    inline: /drift\.load\(\s*['"]\w+['"]/,
  },
  {
    name: 'Zendesk',
    category: 'chat',
    script: /\/\/static\.zdassets\.com\/ekr\/snippet\.js/i,
    inline: /static\.zdassets\.com\/ekr\/snippet\.js|\bzE\(\s*['"]messenger['"]/,
  },
  {
    name: 'Crisp',
    category: 'chat',
    script: /\/\/client\.crisp\.chat\//i,
    inline: /CRISP_WEBSITE_ID\s*=/,
  },
  {
    name: 'Tawk.to',
    category: 'chat',
    script: /\/\/embed\.tawk\.to\//i,
    inline: /embed\.tawk\.to\//,
  },
  { name: 'Tidio', category: 'chat', script: /\/\/code\.tidio\.co\//i },
  {
    name: 'LiveChat',
    category: 'chat',
    script: /\/\/cdn\.livechatinc\.com\//i,
    inline: /__lc\.license\s*=/,
  },
  {
    name: 'Freshchat',
    category: 'chat',
    script: /\/\/(?:wchat\.freshchat\.com|[\w-]+\.freshchat\.com\/js|widget\.freshworks\.com)\//i,
  },
  // Payments
  { name: 'Stripe', category: 'payments', script: /\/\/js\.stripe\.com\//i },
  {
    name: 'PayPal',
    category: 'payments',
    script: /\/\/(?:www\.)?paypal\.com\/sdk\/js|\/\/(?:www\.)?paypalobjects\.com\/api\/checkout/i,
  },
  {
    name: 'Redsys',
    category: 'payments',
    embed: /\/\/sis(?:-t)?\.redsys\.es(?::\d+)?\/sis\//i,
    script: /\/\/sis(?:-t)?\.redsys\.es(?::\d+)?\/sis\/NC\/redsysV\d*\.js/i,
  },
  {
    name: 'Klarna',
    category: 'payments',
    script: /\/\/(?:x\.klarnacdn\.net|js\.klarna\.com|[\w.-]+\.klarnaservices\.com)\//i,
  },
  // Scheduling
  {
    name: 'Calendly',
    category: 'scheduling',
    script: /\/\/assets\.calendly\.com\/assets\/external\/widget\.js/i,
    embed: /\/\/calendly\.com\/[\w-]+/i,
    inline: /Calendly\.init(?:Inline|Popup|Badge)Widget\(/,
    marker: 'calendly',
  },
  {
    name: 'Cal.com',
    category: 'scheduling',
    script: /\/\/app\.cal\.com\/embed\/embed\.js/i,
    inline: /app\.cal\.com\/embed\/embed\.js/,
  },
  {
    name: 'Acuity Scheduling',
    category: 'scheduling',
    script: /\/\/embed\.acuityscheduling\.com\//i,
    embed: /\/\/app\.acuityscheduling\.com\/schedule\.php/i,
  },
  // Forms
  {
    name: 'Typeform',
    category: 'forms',
    script: /\/\/embed\.typeform\.com\//i,
    embed: /\/\/[\w-]+\.typeform\.com\/to\//i,
    marker: 'typeform',
  },
  {
    name: 'Jotform',
    category: 'forms',
    script:
      /\/\/(?:form\.jotform\.com|cdn\.jotfor\.ms|[\w-]+\.jotform\.com)\/(?:jsform|s\/|static)/i,
    embed: /\/\/form\.jotform\.com\//i,
  },
  {
    name: 'Tally',
    category: 'forms',
    script: /\/\/tally\.so\/widgets\/embed\.js/i,
    embed: /\/\/tally\.so\/(?:embed|r)\//i,
  },
  {
    name: 'Contact Form 7',
    category: 'forms',
    script: /\/wp-content\/plugins\/contact-form-7\//i,
    link: /\/wp-content\/plugins\/contact-form-7\//i,
  },
  {
    name: 'Gravity Forms',
    category: 'forms',
    script: /\/wp-content\/plugins\/gravityforms\//i,
    link: /\/wp-content\/plugins\/gravityforms\//i,
  },
  // A/B testing and consent
  { name: 'Optimizely', category: 'ab-testing', script: /\/\/cdn\.optimizely\.com\/js\//i },
  {
    name: 'VWO',
    category: 'ab-testing',
    script: /\/\/dev\.visualwebsiteoptimizer\.com\//i,
    inline: /\b_vwo_code\s*=|window\._vwo_code/,
  },
  { name: 'AB Tasty', category: 'ab-testing', script: /\/\/try\.abtasty\.com\//i },
  {
    name: 'Cookiebot',
    category: 'consent',
    script: /\/\/consent(?:cdn)?\.cookiebot\.(?:com|eu)\//i,
  },
  {
    name: 'OneTrust',
    category: 'consent',
    script: /\/\/cdn\.cookielaw\.org\/|\/\/optanon\.blob\.core\.windows\.net\//i,
  },
];
