/**
 * Criba's own technology rules. Each rule matches only what a page *runs* or is built
 * with: the hosts and paths of scripts it loads, stylesheets it links, the generator it
 * declares, loader snippets in its inline scripts, forms that post to a service, frames
 * it embeds, and markup a platform writes. Visible text is never read: a post that says
 * "we moved from Shopify to HubSpot" detects nothing. Written for Criba (MIT), not copied
 * from any fingerprint database.
 */
import type { TechMarker } from './tech-markers';
import { TRACKING_RULES } from './tech-rules-tracking';

export type TechCategory =
  | 'crm'
  | 'marketing-automation'
  | 'email-marketing'
  | 'e-commerce'
  | 'cms'
  | 'site-builder'
  | 'analytics'
  | 'advertising'
  | 'tag-manager'
  | 'chat'
  | 'payments'
  | 'scheduling'
  | 'forms'
  | 'ab-testing'
  | 'consent';

export interface TechRule {
  name: string;
  category: TechCategory;
  /** Against each `<script src>` (resolved URL). */
  script?: RegExp;
  /** Against `<link rel=stylesheet|preload|modulepreload href>`. */
  link?: RegExp;
  /** Against `<meta name="generator" content>`. */
  generator?: RegExp;
  /** Against the (bounded) text of inline `<script>` elements — loader snippets only. */
  inline?: RegExp;
  /** Against `<iframe src>` and `<form action>`: embeds and services the page posts to. */
  embed?: RegExp;
  /** Markup the platform itself writes, checked in the page (tech-markers.ts). */
  marker?: TechMarker;
}

const SITE_RULES: readonly TechRule[] = [
  // CRM and marketing automation
  {
    name: 'HubSpot',
    category: 'crm',
    script:
      /\/\/(?:js(?:-eu1)?\.hs-scripts\.com|js(?:-eu1)?\.hsforms\.net|js(?:-eu1)?\.hs-analytics\.net|js\.hubspot\.com|js\.hscollectedforms\.net|js\.usemessages\.com)\//i,
    inline: /\b_hsq\s*=|hbspt\.forms\.create\s*\(/,
    embed: /\/\/(?:meetings(?:-eu1)?\.hubspot\.com|share\.hsforms\.com)\//i,
    generator: /^HubSpot\b/i,
  },
  {
    name: 'Salesforce Pardot',
    category: 'marketing-automation',
    script: /\/\/(?:pi\.pardot\.com|cdn\.pardot\.com)\//i,
    inline: /\bpiAId\s*=|\bpiCId\s*=/,
    embed: /\/\/go\.pardot\.com\/l\//i,
  },
  {
    name: 'Salesforce',
    category: 'crm',
    embed: /\/\/webto\.salesforce\.com\/servlet\/servlet\.WebToLead/i,
    script:
      /\/\/[\w.-]+\.(?:my\.)?salesforce-sites\.com\/|\/\/service\.force\.com\/embeddedservice\//i,
    inline: /embedded_svc\.init\s*\(/,
  },
  {
    name: 'Marketo',
    category: 'marketing-automation',
    script: /\/\/munchkin\.marketo\.net\/|\/\/[\w-]+\.marketo\.com\/js\/forms2\//i,
    inline: /Munchkin\.init\s*\(/,
  },
  {
    name: 'ActiveCampaign',
    category: 'marketing-automation',
    script: /\/\/(?:diffuser-cdn\.app-us1\.com|[\w-]+\.activehosted\.com)\//i,
    inline: /trackcmp\.net|vgo\(\s*['"]setAccount['"]/,
  },
  {
    name: 'Zoho SalesIQ',
    category: 'chat',
    script: /\/\/salesiq\.zoho(?:public)?\.(?:com|eu|in)\//i,
    inline: /\$zoho\.salesiq\s*=/,
  },
  {
    name: 'Pipedrive',
    category: 'crm',
    script: /\/\/(?:leadbooster-chat\.pipedrive\.com|webforms\.pipedrive\.com)\//i,
    inline: /window\.pipedriveLeadboosterConfig\s*=/,
  },
  // Email marketing
  {
    name: 'Mailchimp',
    category: 'email-marketing',
    script: /\/\/(?:chimpstatic\.com|s3\.amazonaws\.com\/downloads\.mailchimp\.com)\//i,
    embed: /\/\/[\w-]+\.(?:us\d+\.)?list-manage\.com\/subscribe/i,
  },
  {
    name: 'Klaviyo',
    category: 'email-marketing',
    script: /\/\/static(?:-tracking)?\.klaviyo\.com\//i,
    inline: /\b_learnq\s*=/,
  },
  {
    name: 'Brevo',
    category: 'email-marketing',
    script: /\/\/(?:sibautomation\.com|sibforms\.com|cdn\.brevo\.com)\//i,
    embed: /\/\/[\w-]+\.sibforms\.com\/serve\//i,
    inline: /window\.sib\s*=|Brevo\.push\s*\(/,
  },
  // E-commerce
  {
    name: 'Shopify',
    category: 'e-commerce',
    script:
      /\/\/cdn\.shopify\.com\/|\/\/[\w-]+\.myshopify\.com\/|\/cdn\/shop(?:ifycloud)?\/(?:t\/\d+\/assets|storefront)\//i,
    link: /\/\/cdn\.shopify\.com\//i,
    inline: /\bShopify\.theme\s*=|\bShopify\.shop\s*=/,
  },
  {
    name: 'WooCommerce',
    category: 'e-commerce',
    script: /\/wp-content\/plugins\/woocommerce\//i,
    link: /\/wp-content\/plugins\/woocommerce\//i,
    generator: /^WooCommerce\b/i,
  },
  {
    name: 'PrestaShop',
    category: 'e-commerce',
    generator: /^PrestaShop\b/i,
    inline: /\bvar\s+prestashop\s*=/,
    script: /\/themes\/[\w-]+\/assets\/js\/theme\.js|\/js\/jquery\/plugins\/.*prestashop/i,
  },
  {
    name: 'Magento',
    category: 'e-commerce',
    script: /\/static\/(?:version\d+\/)?frontend\/[\w-]+\/[\w-]+\/|\/mage\/requirejs\//i,
    marker: 'magento-init',
  },
  {
    name: 'BigCommerce',
    category: 'e-commerce',
    script: /\/\/cdn\d*\.bigcommerce\.com\//i,
    link: /\/\/cdn\d*\.bigcommerce\.com\//i,
  },
  // CMS and site builders
  {
    name: 'WordPress',
    category: 'cms',
    script: /\/wp-(?:content|includes)\//i,
    link: /\/wp-(?:content|includes)\//i,
    generator: /^WordPress\b/i,
  },
  {
    name: 'Drupal',
    category: 'cms',
    generator: /^Drupal\b/i,
    script: /\/core\/misc\/drupal\.js|\/misc\/drupal\.js/i,
    marker: 'drupal-settings',
  },
  {
    name: 'Joomla',
    category: 'cms',
    generator: /^Joomla!/i,
    script: /\/media\/system\/js\/core(?:\.min)?\.js|\/media\/jui\/js\//i,
  },
  {
    name: 'TYPO3',
    category: 'cms',
    generator: /^TYPO3\b/i,
    script: /\/typo3(?:conf|temp)\/|\/_assets\/[0-9a-f]{32}\//i,
    link: /\/typo3(?:conf|temp)\//i,
  },
  { name: 'Ghost', category: 'cms', generator: /^Ghost\b/i },
  {
    name: 'Webflow',
    category: 'site-builder',
    generator: /^Webflow\b/i,
    script: /\/\/[\w.-]*website-files\.com\/[^?#]*webflow[\w.-]*\.js/i,
    marker: 'webflow',
  },
  {
    name: 'Wix',
    category: 'site-builder',
    generator: /^Wix\.com\b/i,
    script: /\/\/static\.parastorage\.com\//i,
  },
  {
    name: 'Squarespace',
    category: 'site-builder',
    script: /\/\/(?:static1|assets)\.squarespace\.com\//i,
    inline: /\bStatic\.SQUARESPACE_CONTEXT\s*=/,
    generator: /^Squarespace\b/i,
  },
];

/** Every rule, in the order their names are reported. */
export const TECH_RULES: readonly TechRule[] = [...SITE_RULES, ...TRACKING_RULES];
