import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { pageScope } from './page-scope';
import { pageAssets } from './tech-detect';
import { matchTechnologies } from './tech-match';
import { TECH_RULES } from './tech-rules';

const PAGE = new URL('https://www.talleresbidasoa.es/');
const window = new Window({
  url: PAGE.href,
  settings: {
    disableJavaScriptEvaluation: true,
    disableJavaScriptFileLoading: true,
    disableCSSFileLoading: true,
    disableIframePageLoading: true,
  },
});
const document = window.document as unknown as Document;
afterAll(() => window.happyDOM.abort());

function detect(head: string, body = '', htmlAttrs = ''): string[] {
  document.documentElement.innerHTML = `<head>${head}</head><body>${body}</body>`;
  for (const attr of Array.from(document.documentElement.attributes))
    document.documentElement.removeAttribute(attr.name);
  for (const [, name, value] of htmlAttrs.matchAll(/([\w-]+)="([^"]*)"/g))
    if (name) document.documentElement.setAttribute(name, value ?? '');
  const scope = pageScope(document);
  return matchTechnologies(pageAssets(scope, PAGE));
}

const script = (src: string) => `<script src="${src}" async></script>`;
const inline = (code: string) => `<script>${code}</script>`;

/** One page snippet per rule: what a site running that technology really serves. */
const EXAMPLES: Record<string, { head?: string; body?: string; html?: string; with?: string[] }> = {
  HubSpot: { body: script('//js-eu1.hs-scripts.com/25841736.js') },
  'Salesforce Pardot': { head: inline("piAId = '1014712'; piCId = '';") },
  Salesforce: {
    body: '<form action="https://webto.salesforce.com/servlet/servlet.WebToLead?encoding=UTF-8" method="POST"></form>',
  },
  Marketo: { head: inline("Munchkin.init('418-KQZ-207');") },
  ActiveCampaign: { head: inline("vgo('setAccount', '1000');") },
  'Zoho SalesIQ': { body: inline('var $zoho=$zoho || {};$zoho.salesiq = $zoho.salesiq || {};') },
  Pipedrive: { head: script('https://leadbooster-chat.pipedrive.com/assets/loader.js') },
  Mailchimp: {
    body: '<form action="https://acme.us14.list-manage.com/subscribe/post?u=1&amp;id=2" method="post"></form>',
  },
  Klaviyo: { head: script('https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=UbX7pQ') },
  Brevo: { head: script('https://sibautomation.com/sa.js?key=abc') },
  Shopify: { head: inline('Shopify.theme = {"name":"Dawn","id":1};') },
  WooCommerce: {
    head: script('/wp-content/plugins/woocommerce/assets/js/frontend/add-to-cart.min.js'),
    with: ['WordPress'],
  },
  PrestaShop: { head: inline('var prestashop = {"cart":{}};') },
  Magento: { body: '<script type="text/x-magento-init">{"*":{}}</script>' },
  BigCommerce: { head: script('https://cdn11.bigcommerce.com/s-abc/stencil/theme.js') },
  WordPress: { head: '<meta name="generator" content="WordPress 6.7.2">' },
  Drupal: {
    head: '<script type="application/json" data-drupal-selector="drupal-settings-json">{}</script>',
  },
  Joomla: { head: '<meta name="generator" content="Joomla! - Open Source Content Management">' },
  TYPO3: { head: '<meta name="generator" content="TYPO3 CMS">' },
  Ghost: { head: '<meta name="generator" content="Ghost 5.96">' },
  Webflow: { html: 'data-wf-site="6512a0c4e8b1f2a3c4d5e6a1" data-wf-page="6512a0c4"' },
  Wix: { head: '<meta name="generator" content="Wix.com Website Builder">' },
  Squarespace: { head: inline('Static.SQUARESPACE_CONTEXT = {};') },
  'Google Analytics': { head: inline("gtag('config', 'G-8QK2R4T7ZB');") },
  'Google Ads': { head: inline("gtag('config', 'AW-123456789');") },
  'Google Tag Manager': { head: script('https://www.googletagmanager.com/gtm.js?id=GTM-K7B2QX9') },
  Matomo: { head: inline("_paq.push(['trackPageView']);") },
  Plausible: { head: script('https://plausible.io/js/script.js') },
  Hotjar: { head: script('https://static.hotjar.com/c/hotjar-3918274.js?sv=6') },
  'Microsoft Clarity': { head: script('https://www.clarity.ms/tag/q8w7e6r5t4') },
  Segment: { head: script('https://cdn.segment.com/analytics.js/v1/abc/analytics.min.js') },
  Mixpanel: { head: script('https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js') },
  Amplitude: { head: script('https://cdn.amplitude.com/libs/analytics-browser-2.11.1-min.js.gz') },
  'Meta Pixel': { head: inline("fbq('init', '318452900114477');") },
  'LinkedIn Insight Tag': { head: inline('_linkedin_partner_id = "4817263";') },
  Intercom: { head: inline('window.intercomSettings = { app_id: "k2x9fq1w" };') },
  Drift: { body: inline("drift.load('x7k2m9p4q1w8');") },
  Zendesk: { body: script('https://static.zdassets.com/ekr/snippet.js?key=abc') },
  Crisp: { head: inline('window.CRISP_WEBSITE_ID="3f2e";') },
  'Tawk.to': { body: script('https://embed.tawk.to/64a2b1c3/1h4k2m9q') },
  Tidio: { body: script('//code.tidio.co/k1x2y3z4.js') },
  LiveChat: { body: inline('window.__lc = {}; __lc.license = 12345678;') },
  Freshchat: { body: script('https://wchat.freshchat.com/js/widget.js') },
  Stripe: { head: script('https://js.stripe.com/v3/') },
  PayPal: { head: script('https://www.paypal.com/sdk/js?client-id=abc&currency=EUR') },
  Redsys: {
    body: '<form action="https://sis.redsys.es/sis/realizarPago" method="post"></form>',
  },
  Klarna: { head: script('https://x.klarnacdn.net/kp/lib/v1/api.js') },
  Calendly: {
    body: '<div class="calendly-inline-widget" data-url="https://calendly.com/acme/demo"></div>',
  },
  'Cal.com': { body: script('https://app.cal.com/embed/embed.js') },
  'Acuity Scheduling': {
    body: '<iframe src="https://app.acuityscheduling.com/schedule.php?owner=123"></iframe>',
  },
  Typeform: { body: '<div data-tf-widget="AbCdEf" style="height:500px"></div>' },
  Jotform: { body: '<iframe src="https://form.jotform.com/241234567890123"></iframe>' },
  Tally: { body: '<iframe src="https://tally.so/embed/w2xY9z"></iframe>' },
  'Contact Form 7': {
    head: '<link rel="stylesheet" href="/wp-content/plugins/contact-form-7/includes/css/styles.css">',
    with: ['WordPress'],
  },
  'Gravity Forms': {
    head: script('/wp-content/plugins/gravityforms/js/gravityforms.min.js'),
    with: ['WordPress'],
  },
  Optimizely: { head: script('https://cdn.optimizely.com/js/123456789.js') },
  VWO: { head: inline('window._vwo_code = window._vwo_code || {};') },
  'AB Tasty': { head: script('https://try.abtasty.com/1a2b3c.js') },
  Cookiebot: { head: script('https://consent.cookiebot.com/uc.js') },
  OneTrust: { head: script('https://cdn.cookielaw.org/scripttemplates/otSDKStub.js') },
};

describe('technology rules', () => {
  it('has at least 35 rules, each with a distinct name and an example below', () => {
    const names = TECH_RULES.map((r) => r.name);
    expect(names.length).toBeGreaterThanOrEqual(35);
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(EXAMPLES).sort()).toEqual([...names].sort());
  });

  for (const [name, ex] of Object.entries(EXAMPLES)) {
    it(`detects ${name} from what the page runs`, () => {
      expect(detect(ex.head ?? '', ex.body ?? '', ex.html ?? '').sort()).toEqual(
        [name, ...(ex.with ?? [])].sort(),
      );
    });
  }

  it('detects nothing from visible text, code samples, images, links or resource hints', () => {
    const body = `
      <article>
        <p>We migrated from Shopify to HubSpot; Shopify.theme and fbq('init', '1') are gone.</p>
        <pre><code>&lt;script src="https://js.hs-scripts.com/123.js"&gt;&lt;/script&gt;
window.intercomSettings = { app_id: "x" }; gtag('config', 'G-XXXX');</code></pre>
        <img src="https://cdn.shopify.com/s/files/1/panel.png" alt="Shopify admin">
        <a href="https://www.hubspot.com/products/crm">HubSpot CRM</a>
        <a href="https://calendly.com/acme/demo">Book a demo</a>
        <textarea>&lt;script src="https://js.stripe.com/v3/"&gt;&lt;/script&gt;</textarea>
      </article>`;
    const head = `
      <link rel="dns-prefetch" href="//js.hs-scripts.com">
      <link rel="preconnect" href="https://js.stripe.com">
      <script type="application/ld+json">{"@type":"BlogPosting","articleBody":"Shopify.theme = {} fbq('init', '1') window.intercomSettings = {}"}</script>
      <script type="application/json" id="data">{"snippet":"Shopify.theme = {}","src":"https://js.hs-scripts.com/1.js"}</script>
      <meta name="description" content="WordPress, Shopify and HubSpot compared">`;
    expect(detect(head, body)).toEqual([]);
  });

  it('reads a bounded amount of inline script: a loader buried after the budget is not read', () => {
    const filler = `var x = "${'a'.repeat(20_000)}";`;
    const early = inline(`fbq('init', '1');`);
    const buried = Array.from({ length: 12 }, () => inline(filler)).join('') + early;
    expect(detect(early)).toEqual(['Meta Pixel']);
    expect(detect(buried)).toEqual([]);
  });

  it('reads a 1 MB page within a bounded time', () => {
    const paragraphs = Array.from(
      { length: 2_000 },
      (_, i) => `<p>Párrafo ${i} sobre Shopify, HubSpot y fbq('init').</p>`,
    ).join('');
    const scripts = Array.from({ length: 400 }, (_, i) => script(`/assets/chunk-${i}.js`)).join('');
    const big = inline(`var data = "${'b'.repeat(600_000)}";`);
    document.documentElement.innerHTML = `<head>${scripts}${big}</head><body>${paragraphs}</body>`;
    const start = performance.now();
    const scope = pageScope(document);
    const found = matchTechnologies(pageAssets(scope, PAGE));
    const elapsed = performance.now() - start;
    expect(found).toEqual([]);
    // happy-dom is far slower than a browser; the bound only guards against unbounded work.
    expect(elapsed).toBeLessThan(2_000);
  });
});
