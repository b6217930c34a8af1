import { countryCode, countryFromLocation } from '../../identity/country';

/**
 * Postal addresses as pages write them for people, reduced to what Criba keeps: the
 * locality and the country — stated on the line, else told by the address's own shape (a
 * postcode format or street word only one country uses). Only lines that look like an
 * address (a street word, or a postcode that is not a quantity) are read. Runs
 * extension-side (finalizeCapture), so the tables cost the content script nothing.
 */

/** Words that make a line a street address rather than a sentence with a number in it. */
const STREET =
  /(?:^|[^\p{L}])(?:calle|c\/|avda\.?|avenida|av\.|paseo|plaza|pza\.?|pol\.?|polígono|poligono|carrer|camino|ctra\.?|carretera|parque|edificio|nave|col\.|colonia|rua|rue|avenue|boulevard|bd|straße|strasse|str\.|weg|platz|via|viale|piazza|corso|road|street|st\.|lane|way|suite|floor|estrada|travessa|largo|ul\.|ulica|al\.|aleja|plot|sector|marg|nagar)(?=[^\p{L}]|$)|\p{L}(?:straße|strasse|str\.|weg|platz|allee|gasse|damm)(?=[^\p{L}]|$)/iu;

/** A place name: capitalised words, with the connectors of compound names between them. */
const PLACE =
  "\\p{Lu}[\\p{L}'’.]*(?:(?:[ -](?:de|del|la|las|los|el|am|an|der|sur|sul|di|da|do|dos|das|y|i|nad))*[ -]\\p{Lu}[\\p{L}'’.]*){0,3}";
/** A line with a postcode where addresses put one (ES/FR/DE/IT/MX, PT, PL, UK, US, IN). */
const POSTCODE =
  /\d{5}\s+\p{Lu}|\d{4}-\d{3}\s+\p{Lu}|(?:^|\s)\d{2}-\d{3}\s+\p{Lu}|\s[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}(?![\p{L}\d])|,\s*[A-Z]{2},?\s+\d{5}(?!\d)|\p{Lu}\p{L}+\s*[-–,]?\s*\d{3}\s?\d{3}(?!\s?\d)/u;
const QUANTITY =
  /(?:más de|mas de|over|more than|plus de|über|mehr als|oltre|mais de|ponad|\+)\s*\d|\d\s*(?:clientes|clients|customers|kunden|clienti|klientów|empleados|employees|usuarios|users|pedidos|orders|proyectos|projects|productos|products|referencias|visitas|km|m²|€|\$)|(?:pedido|order|invoice|factura|bestellung|zamówienie)\s*(?:n[ºo.]*|#)?\s*:?\s*\d/i;
/** Postcode then place: ES/FR/DE/IT/MX "28013 Madrid", PT "1100-053 Lisboa", PL "00-590 Warszawa". */
const ADDRESS_LINE = new RegExp(
  `(?:^|[\\s,])(?:C\\.?P\\.?\\s*)?(\\d{5}|\\d{4}-\\d{3}|\\d{2}-\\d{3}),?[^\\S\\n]+(${PLACE})`,
  'u',
);
/** A contact label that a line may run into without punctuation ("28013 Madrid Tel."). */
const TRAILING_LABEL =
  /\s+(?:tel|tfno|teléfono|telefono|phone|email|e-mail|fax|t|m|cif|nif|cedex)\.?$/i;

/** UK: "Dagenham RM9 6RH", "London EC1V 9HX" — the town comes before the postcode. */
const UK_LINE = new RegExp(
  `(${PLACE}),?\\s+[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}(?![\\p{L}\\d])`,
  'u',
);
/** US: "Portland, OR 97214" — city, state code, ZIP. */
const US_LINE = new RegExp(`(${PLACE}),\\s*[A-Z]{2},?\\s+\\d{5}(?:-\\d{4})?(?!\\d)`, 'u');
/** India: "Bengaluru 560001", "Mumbai - 400 001", "Gurugram, Haryana 122015" — a 6-digit PIN. */
const IN_LINE = new RegExp(
  `(${PLACE})(?:,\\s*(${PLACE}))?\\s*[-–,]?\\s*\\d{3}\\s?\\d{3}(?!\\s?\\d)`,
  'u',
);

/** Address shapes only one country writes, tried when the line names no country. */
const SHAPE_COUNTRY: readonly [RegExp, string][] = [
  [/(?:^|\s)\d{4}-\d{3}\s+\p{Lu}/u, 'PT'],
  [/(?:^|\s)\d{2}-\d{3}\s+\p{Lu}|(?:^|[\s,])(?:ul|al)\.\s/u, 'PL'],
  [/\d{5}\s+\p{Lu}[\p{L}' -]*\s\([A-Z]{2}\)/u, 'IT'],
  [/(?:^|[^\p{L}])(?:via|viale|piazza|corso)\s+\p{L}.*\d{5}\s/iu, 'IT'],
  [/\p{L}(?:straße|strasse|str\.)|\d{5}\s+\p{Lu}\p{L}+\s+(?:am|an der|im)\s/iu, 'DE'],
  [/(?:^|[^\p{L}])(?:rue|boulevard|bd|allée|chemin)\s.*\d{5}\s|\bcedex\b/iu, 'FR'],
  [/(?:^|[\s,])[Cc]ol\.\s|[Cc]olonia\s|\bC\.P\.\s*\d{5}|\bCDMX\b/u, 'MX'],
];

function shapeCountry(line: string): string | null {
  for (const [shape, country] of SHAPE_COUNTRY) if (shape.test(line)) return country;
  return null;
}

/**
 * The country the line names: its last part ("…, España"), or a region there once the
 * postcode is set aside ("03940 Ciudad de México", "Haryana 122003"); a state code beside a
 * ZIP ("PA 19125") is no country code, and "N.L." stays no code.
 */
function statedCountry(parts: readonly string[]): string | null {
  const last = (parts[parts.length - 1] ?? '').replace(/[()]/g, '').replace(/\.$/, '');
  return countryCode(last) ?? countryFromLocation(last.replace(/^[\d\s-]+|[\d\s]+$/g, ''));
}

export type Address = { locality: string; country: string | null };

/** "Pol. Ind. Araso, 20305 Irun (Gipuzkoa), España" → locality and country. */
export function addressFromLine(line: string): Address | null {
  const parts = line.split(/\s*[,–|·\n]\s*|\s+-\s+/);
  const stated = statedCountry(parts);
  const m = ADDRESS_LINE.exec(line);
  const locality = m?.[2]?.replace(TRAILING_LABEL, '').trim();
  if (locality && locality.length <= 40 && !countryCode(locality))
    return { locality, country: stated ?? shapeCountry(line) };
  const uk = UK_LINE.exec(line)?.[1];
  if (uk && uk.length <= 40) return { locality: uk, country: stated ?? 'GB' };
  const us = US_LINE.exec(line)?.[1];
  if (us && us.length <= 40) return { locality: us, country: stated ?? 'US' };
  const india = IN_LINE.exec(line);
  // "Gurugram, Haryana 122003" (town, state) or "Koramangala, Bengaluru - 560 034" (area, town).
  const state = india?.[2] ? countryFromLocation(india[2]) : null;
  const town = state || !india?.[2] ? india?.[1] : india[2];
  if (town && town.length <= 40 && !LABEL.test(town) && !countryCode(town))
    return { locality: town, country: stated ?? state };
  return null;
}

/** Words before a number that make it a phone, not a town with a PIN ("Tel 080 412"). */
const LABEL = /^(?:tel|tél|phone|ph|fax|call|mob|mobile|fon|contact|whatsapp)\b/i;

export function addressInPage(lines: readonly string[]): Address | null {
  for (const line of lines.slice(0, 800)) {
    // Without a street word, only a short line whose number is not a quantity is an address.
    if (!STREET.test(line) && (!POSTCODE.test(line) || line.length > 90 || QUANTITY.test(line)))
      continue;
    const a = addressFromLine(line);
    if (a) return a;
  }
  return null;
}
