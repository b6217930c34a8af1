import type { Locale } from '../model/vocab';
import { fold } from './fold';

/*
 * Country names come from the runtime's own ICU data (Intl.DisplayNames) in English and
 * Spanish, so every ISO 3166 code is covered without a hand-kept table; the few everyday
 * spellings ICU lacks (USA, EE. UU., Inglaterra…) are listed below.
 */

const EU = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE';
const EEA = `${EU} IS LI NO`;
const REGIONS: Record<string, { codes: string; names: string[]; label: Record<Locale, string> }> = {
  EU: {
    codes: EU,
    names: ['eu', 'ue', 'european union', 'union europea'],
    label: { en: 'EU', es: 'UE' },
  },
  EEA: {
    codes: EEA,
    names: ['eea', 'eee', 'european economic area', 'espacio economico europeo'],
    label: { en: 'EEA', es: 'EEE' },
  },
  EUROPE: {
    codes: `${EEA} GB CH AD MC SM VA AL BA ME MK RS XK MD UA`,
    names: ['europe', 'europa'],
    label: { en: 'Europe', es: 'Europa' },
  },
  LATAM: {
    codes: 'AR BO BR CL CO CR CU DO EC SV GT HN HT MX NI PA PY PE PR UY VE',
    names: ['latam', 'latin america', 'latinoamerica', 'america latina', 'hispanoamerica'],
    label: { en: 'Latin America', es: 'Latinoamérica' },
  },
  DACH: { codes: 'DE AT CH', names: ['dach'], label: { en: 'DACH', es: 'DACH' } },
  NORDICS: {
    codes: 'DK FI IS NO SE',
    names: ['nordics', 'nordic countries', 'paises nordicos', 'nordicos'],
    label: { en: 'Nordics', es: 'Países nórdicos' },
  },
  BENELUX: { codes: 'BE NL LU', names: ['benelux'], label: { en: 'Benelux', es: 'Benelux' } },
  IBERIA: {
    codes: 'ES PT',
    names: ['iberia', 'iberian peninsula', 'peninsula iberica'],
    label: { en: 'Iberia', es: 'Península Ibérica' },
  },
};

const ALIASES: Record<string, string> = {
  usa: 'US',
  'u s a': 'US',
  'u s': 'US',
  'united states of america': 'US',
  eeuu: 'US',
  'ee uu': 'US',
  'estados unidos de america': 'US',
  uk: 'GB',
  'u k': 'GB',
  'great britain': 'GB',
  britain: 'GB',
  'gran bretana': 'GB',
  england: 'GB',
  inglaterra: 'GB',
  scotland: 'GB',
  escocia: 'GB',
  wales: 'GB',
  gales: 'GB',
  'northern ireland': 'GB',
  holland: 'NL',
  holanda: 'NL',
  'the netherlands': 'NL',
  'czech republic': 'CZ',
  'republica checa': 'CZ',
  'south korea': 'KR',
  'corea del sur': 'KR',
  'viet nam': 'VN',
  espana: 'ES',
  spain: 'ES',
  espanya: 'ES',
  'mexico df': 'MX',
};

/** Big business cities, for locations that name only a city ("Greater Madrid Area"). */
const CITIES: Record<string, string> = {
  madrid: 'ES',
  barcelona: 'ES',
  valencia: 'ES',
  sevilla: 'ES',
  seville: 'ES',
  bilbao: 'ES',
  malaga: 'ES',
  zaragoza: 'ES',
  'san sebastian': 'ES',
  donostia: 'ES',
  'palma de mallorca': 'ES',
  lisboa: 'PT',
  lisbon: 'PT',
  porto: 'PT',
  'ciudad de mexico': 'MX',
  'mexico city': 'MX',
  guadalajara: 'MX',
  monterrey: 'MX',
  bogota: 'CO',
  medellin: 'CO',
  'buenos aires': 'AR',
  lima: 'PE',
  'santiago de chile': 'CL',
  montevideo: 'UY',
  quito: 'EC',
  'sao paulo': 'BR',
  'rio de janeiro': 'BR',
  london: 'GB',
  londres: 'GB',
  paris: 'FR',
  berlin: 'DE',
  munich: 'DE',
  amsterdam: 'NL',
  dublin: 'IE',
  milan: 'IT',
  milano: 'IT',
  roma: 'IT',
  rome: 'IT',
  'new york': 'US',
  'nueva york': 'US',
  'san francisco': 'US',
  miami: 'US',
};

const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

let byName: Map<string, string> | null = null;
const displayNames: Partial<Record<Locale, Intl.DisplayNames>> = {};

let namesIn: Record<Locale, Intl.DisplayNames> | null = null;
const strictNames = () =>
  (namesIn ??= {
    en: new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }),
    es: new Intl.DisplayNames(['es'], { type: 'region', fallback: 'none' }),
  });

/**
 * The country an ISO-2 code stands for, or null: retired codes (UK, BU, ZR…) resolve to
 * today's (GB, MM, CD); codes for groups (EU, UN…) and unassigned ones are none.
 */
function countryOfCode(alias: string): string | null {
  if (NOT_COUNTRIES.has(alias)) return null;
  const code = new Intl.Locale(`und-${alias}`).region ?? alias;
  if (NOT_COUNTRIES.has(code)) return null;
  const nameEn = strictNames().en.of(code);
  return nameEn && nameEn !== code ? code : null;
}

function names(): Map<string, string> {
  if (byName) return byName;
  const map = new Map<string, string>();
  const { en, es } = strictNames();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const alias = String.fromCharCode(a, b);
      const code = countryOfCode(alias);
      if (!code) continue;
      map.set(alias, code);
      // A retired code adds no names: its country's own code adds them.
      if (code !== alias) continue;
      for (const n of [en.of(code), es.of(code)]) if (n) map.set(fold(n), code);
    }
  }
  for (const [alias, code] of Object.entries(ALIASES)) map.set(alias, code);
  byName = map;
  return map;
}

function fromPart(part: string): string | null {
  const t = part.trim();
  if (!t) return null;
  // A code needs no table of names (building it is 676 lookups in two languages).
  if (/^[A-Z]{2}$/.test(t)) return countryOfCode(t);
  return names().get(fold(t)) ?? null;
}

/**
 * The ISO-2 code a country or location string names — "ES", "Spain", "España",
 * "Madrid, Comunidad de Madrid, España", "Greater Madrid Metropolitan Area" — or null.
 * Parts are read from the end, where locations put the country.
 */
export function resolveCountry(text: string): string | null {
  const cached = resolved.get(text);
  if (cached !== undefined) return cached;
  const code = resolve(text);
  if (resolved.size >= 4096) resolved.clear();
  resolved.set(text, code);
  return code;
}

/** Locations repeat across prospects ("Madrid, Spain"): remember them, within a bound. */
const resolved = new Map<string, string | null>();

function resolve(text: string): string | null {
  const whole = text.trim();
  if (/^[A-Za-z]{2}$/.test(whole)) return fromPart(whole.toUpperCase());
  const direct = names().get(fold(whole));
  if (direct) return direct;
  const parts = whole.split(/[,;|·/()–—]| - /);
  for (let i = parts.length - 1; i >= 0; i--) {
    const code = fromPart(parts[i] ?? '');
    if (code) return code;
  }
  const padded = ` ${fold(whole)} `;
  for (const [city, code] of Object.entries(CITIES)) {
    if (padded.includes(` ${city} `)) return code;
  }
  return null;
}

/** The country codes an ICP value stands for (a code, a name or a region); null if none. */
export function resolveTerritory(value: string): string[] | null {
  const key = fold(value);
  for (const [code, region] of Object.entries(REGIONS)) {
    if (key === code.toLowerCase() || region.names.includes(key)) return region.codes.split(' ');
  }
  const code = resolveCountry(value);
  return code ? [code] : null;
}

/** How an ICP territory value is shown: the country's name in `locale`, a region's label. */
export function territoryLabel(value: string, locale: Locale): string {
  const key = fold(value);
  for (const [code, region] of Object.entries(REGIONS)) {
    if (key === code.toLowerCase() || region.names.includes(key)) return region.label[locale];
  }
  const code = resolveCountry(value);
  if (!code) return value;
  const dn = (displayNames[locale] ??= new Intl.DisplayNames([locale], { type: 'region' }));
  return dn.of(code) ?? value;
}
