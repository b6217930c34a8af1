/**
 * Country hints a page gives without naming a country: the phone's international prefix
 * and the website's country-code domain. Applied extension-side by finalizeCapture when
 * no country was stated or found in the location.
 */

const PREFIX_COUNTRY: readonly [string, string][] = [
  ['351', 'PT'],
  ['353', 'IE'],
  ['352', 'LU'],
  ['598', 'UY'],
  ['593', 'EC'],
  ['34', 'ES'],
  ['33', 'FR'],
  ['49', 'DE'],
  ['39', 'IT'],
  ['44', 'GB'],
  ['52', 'MX'],
  ['54', 'AR'],
  ['57', 'CO'],
  ['56', 'CL'],
  ['51', 'PE'],
  ['31', 'NL'],
  ['32', 'BE'],
  ['41', 'CH'],
  ['43', 'AT'],
  ['55', 'BR'],
  ['48', 'PL'],
  ['91', 'IN'],
];

/** Country (ISO 3166-1 alpha-2) from a `+NN` or `00NN` prefix; null when absent or shared. */
export function countryFromPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const m = /^\s*(?:\+|00)\s?(\d{1,3})/.exec(phone);
  if (!m) return null;
  const digits = phone.replace(/^\s*(?:\+|00)/, '').replace(/\D/g, '');
  for (const [prefix, country] of PREFIX_COUNTRY) if (digits.startsWith(prefix)) return country;
  return null;
}

/** Country-code top-level domains that name one country ("uk" → GB). */
const CCTLD: ReadonlyMap<string, string> = new Map(
  'es:ES pt:PT fr:FR de:DE it:IT mx:MX ar:AR cl:CL pe:PE uk:GB ie:IE nl:NL be:BE at:AT ch:CH br:BR uy:UY ec:EC pl:PL in:IN cat:ES eus:ES gal:ES'
    .split(' ')
    .map((pair): [string, string] => {
      const [tld = '', code = ''] = pair.split(':');
      return [tld, code];
    }),
);

/**
 * Country from the host's top-level domain. `.co` alone is left out: it is sold worldwide
 * as a ".com" alternative; `.com.co` and the other Colombian second levels still count.
 */
export function countryFromHost(host: string): string | null {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  const tld = labels[labels.length - 1] ?? '';
  if (tld === 'co')
    return labels.length > 2 && /^(?:com|org|net|edu|gov)$/.test(labels[labels.length - 2] ?? '')
      ? 'CO'
      : null;
  return CCTLD.get(tld) ?? null;
}
