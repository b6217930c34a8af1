/**
 * Countries from what pages state. Applied extension-side by finalizeCapture (the tables
 * stay out of the content scripts). The country is stated only when the text names a
 * country or a region whose country is unambiguous (Spanish autonomous communities,
 * Latin American and European regions): a bare city could be in many countries.
 */

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

function table(rows: Record<string, string>): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const [iso, names] of Object.entries(rows))
    for (const name of names.split('|')) map.set(fold(name), iso);
  return map;
}

/** Country names (English, Spanish and own language) → ISO 3166-1 alpha-2. */
const COUNTRIES = table({
  ES: 'Spain|España|Espanya|Espainia|Espagne|Spanien|Spagna|Espanha|ESP',
  PT: 'Portugal|Portogallo|PRT',
  FR: 'France|Francia|Frankreich|França|FRA',
  IT: 'Italy|Italia|Italie|Italien|ITA',
  DE: 'Germany|Alemania|Deutschland|Allemagne|Germania|Alemanha|DEU',
  GB: 'United Kingdom|Reino Unido|UK|Great Britain|Gran Bretaña|England|Inglaterra|Scotland|Escocia|Wales|Gales|Royaume-Uni|Vereinigtes Königreich|Regno Unito|GBR',
  IE: 'Ireland|Irlanda|Irlande|IRL',
  NL: 'Netherlands|Países Bajos|Holanda|Nederland|The Netherlands|Pays-Bas|Niederlande|Paesi Bassi|NLD',
  BE: 'Belgium|Bélgica|België|Belgique|Belgien|Belgio|BEL',
  CH: 'Switzerland|Suiza|Schweiz|Suisse|Svizzera|CHE',
  AT: 'Austria|Österreich|Autriche|AUT',
  AD: 'Andorra',
  LU: 'Luxembourg|Luxemburgo|Luxemburg|LUX',
  MX: 'Mexico|México|Mexique|Mexiko|Messico|MEX',
  AR: 'Argentina|Argentine|Argentinien|ARG',
  CL: 'Chile|Chili|CHL',
  CO: 'Colombia|Colombie|Kolumbien|COL',
  PE: 'Peru|Perú|Pérou|PER',
  UY: 'Uruguay|URY',
  PY: 'Paraguay',
  BO: 'Bolivia',
  EC: 'Ecuador|Équateur|ECU',
  VE: 'Venezuela',
  CR: 'Costa Rica',
  PA: 'Panama|Panamá',
  GT: 'Guatemala',
  DO: 'Dominican Republic|República Dominicana',
  PR: 'Puerto Rico',
  BR: 'Brazil|Brasil|Brésil|Brasilien|BRA',
  US: 'United States|Estados Unidos|USA|EE UU|EEUU|United States of America|États-Unis|Vereinigte Staaten|Stati Uniti',
  CA: 'Canada|Canadá',
  SE: 'Sweden|Suecia',
  DK: 'Denmark|Dinamarca',
  NO: 'Norway|Noruega',
  FI: 'Finland|Finlandia',
  PL: 'Poland|Polonia|Polska|Pologne|Polen|POL',
  IN: 'India|Inde|Indien|Bharat|IND',
});

/** Regions whose country is not in doubt. */
const REGIONS = table({
  ES: [
    'Andalucía|Andalusia|Aragón|Aragon|Asturias|Principado de Asturias|Islas Baleares|Illes Balears',
    'Balearic Islands|Canarias|Islas Canarias|Canary Islands|Cantabria|Castilla y León',
    'Castile and León|Castilla-La Mancha|Castile-La Mancha|Cataluña|Catalunya|Catalonia',
    'Comunidad Valenciana|Comunitat Valenciana|Valencian Community|Extremadura|Galicia',
    'Comunidad de Madrid|Community of Madrid|Región de Murcia|Murcia Region|Region of Murcia',
    'Navarra|Comunidad Foral de Navarra|Navarre|País Vasco|Euskadi|Basque Country|La Rioja',
    'Ceuta|Melilla',
  ].join('|'),
  MX: 'CDMX|Ciudad de México|Mexico City|Jalisco|Nuevo León|Estado de México|Puebla|Querétaro|Yucatán',
  AR: 'Provincia de Buenos Aires|Buenos Aires Province|CABA|Ciudad Autónoma de Buenos Aires|Córdoba Province',
  CO: 'Bogotá D.C.|Bogota D.C.|Antioquia|Valle del Cauca|Cundinamarca',
  CL: 'Región Metropolitana|Santiago Metropolitan Region|Región de Valparaíso|Valparaíso Region',
  PE: 'Lima Metropolitana',
  PT: 'Lisboa|Lisbon|Porto District|Distrito do Porto',
  FR: 'Île-de-France|Ile-de-France|Auvergne-Rhône-Alpes|Occitanie|Occitania|Provence-Alpes-Côte d’Azur',
  IT: 'Lombardia|Lombardy|Lombardía|Lazio|Lacio|Piemonte|Piedmont|Veneto|Emilia-Romagna|Toscana|Tuscany',
  DE: 'Bayern|Bavaria|Baviera|Berlin|Berlín|Hamburg|Hamburgo|Hessen|Hesse|Nordrhein-Westfalen|North Rhine-Westphalia|Baden-Württemberg',
  GB: 'Greater London|Greater Manchester|West Yorkshire',
  NL: 'North Holland|Noord-Holland|South Holland|Zuid-Holland',
  US: 'California|New York|Texas|Florida|Massachusetts|Washington DC',
  IN: 'Maharashtra|Karnataka|Haryana|Tamil Nadu|Telangana|Delhi|New Delhi|NCR|Uttar Pradesh|Gujarat|West Bengal|Kerala',
  PL: 'Mazowieckie|Małopolskie|Śląskie|Wielkopolskie|Dolnośląskie|Pomorskie',
});

/** The ISO-2 country a stated address value gives ("ES", "Spain", "España"), else null. */
export function countryCode(input: string | null | undefined): string | null {
  if (!input) return null;
  const raw = input.trim();
  if (/^[A-Za-z]{2}$/.test(raw)) {
    // "UK" is a name, not a code; other pairs count when Intl knows them as a region.
    return COUNTRIES.get(fold(raw)) ?? (isRegionCode(raw.toUpperCase()) ? raw.toUpperCase() : null);
  }
  return COUNTRIES.get(fold(raw)) ?? null;
}

/**
 * The country of a location text such as "Madrid, Comunidad de Madrid" or "Leeds,
 * England". Only the last part is read: LinkedIn writes "City, Region[, Country]", and
 * an earlier part ("London, Ontario") says nothing about the country.
 */
export function countryFromLocation(location: string | null | undefined): string | null {
  if (!location) return null;
  const parts = location.slice(0, 300).split(/,|·/).map(fold).filter(Boolean);
  const last = parts[parts.length - 1];
  if (!last) return null;
  return COUNTRIES.get(last) ?? REGIONS.get(last) ?? null;
}

const REGION_NAMES = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

function isRegionCode(code: string): boolean {
  try {
    const name = REGION_NAMES.of(code);
    return !!name && name !== code && !/unknown/i.test(name);
  } catch {
    return false;
  }
}
