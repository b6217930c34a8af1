import { countryCode } from '../../identity/country';

/**
 * Postal addresses as pages write them for people, reduced to what Criba keeps: the
 * locality and, when the line states it, the country. Only lines that look like an
 * address (a street word, or a postcode that is not a quantity) are read.
 */

/** Words that make a line a street address rather than a sentence with a number in it. */
const STREET =
  /(?:^|[^\p{L}])(?:calle|c\/|avda\.?|avenida|av\.|paseo|plaza|pza\.?|pol\.?|polígono|poligono|carrer|camino|ctra\.?|carretera|parque|edificio|nave|rua|rue|avenue|boulevard|bd|straße|strasse|str\.|weg|platz|via|viale|piazza|corso|road|street|st\.|lane|way|estrada|travessa|largo)(?=[^\p{L}]|$)/iu;

/** A place name: capitalised words, with the connectors of compound names between them. */
const PLACE =
  "\\p{Lu}[\\p{L}'’.]*(?:(?:[ -](?:de|del|la|las|los|el|am|an|der|sur|sul|di|da|do|dos|das|y|i))*[ -]\\p{Lu}[\\p{L}'’.]*){0,3}";
/** A line with a postcode where addresses put one (ES/FR/DE/IT/PT, UK, US). */
const POSTCODE =
  /\d{5}\s+\p{Lu}|\d{4}-\d{3}\s+\p{Lu}|\s[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}(?![\p{L}\d])|,\s*[A-Z]{2},?\s+\d{5}(?!\d)/u;
const QUANTITY =
  /(?:más de|mas de|over|more than|plus de|über|mehr als|oltre|mais de|\+)\s*\d|\d\s*(?:clientes|clients|customers|kunden|clienti|empleados|employees|usuarios|users|pedidos|orders|proyectos|projects|productos|products|referencias|visitas|km|m²|€|\$)/i;
const ADDRESS_LINE = new RegExp(`(?:^|[\\s,])(\\d{5}|\\d{4}-\\d{3})[^\\S\\n]+(${PLACE})`, 'u');
/** A contact label that a line may run into without punctuation ("28013 Madrid Tel."). */
const TRAILING_LABEL = /\s+(?:tel|tfno|teléfono|telefono|phone|email|e-mail|fax|t|m|cif|nif)\.?$/i;

/** UK: "Dagenham RM9 6RH", "London EC1V 9HX" — the town comes before the postcode. */
const UK_LINE = new RegExp(
  `(${PLACE}),?\\s+[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}(?![\\p{L}\\d])`,
  'u',
);
/** US: "Portland, OR 97214" — city, state code, ZIP. */
const US_LINE = new RegExp(`(${PLACE}),\\s*[A-Z]{2},?\\s+\\d{5}(?:-\\d{4})?(?!\\d)`, 'u');

/** "Pol. Ind. Araso, 20305 Irun (Gipuzkoa), España" → locality and country. */
export function addressFromLine(line: string): { locality: string; country: string | null } | null {
  const parts = line.split(/\s*[,–|·\n-]\s*/);
  const stated = countryCode((parts[parts.length - 1] ?? '').replace(/[().]/g, ''));
  const m = ADDRESS_LINE.exec(line);
  const locality = m?.[2]?.replace(TRAILING_LABEL, '').trim();
  if (locality && locality.length <= 40 && !countryCode(locality))
    return { locality, country: stated };
  const uk = UK_LINE.exec(line)?.[1];
  if (uk && uk.length <= 40) return { locality: uk, country: stated ?? 'GB' };
  const us = US_LINE.exec(line)?.[1];
  if (us && us.length <= 40) return { locality: us, country: stated ?? 'US' };
  return null;
}

export function addressInPage(
  lines: readonly string[],
): { locality: string; country: string | null } | null {
  for (const line of lines.slice(0, 800)) {
    // Without a street word, only a short line whose number is not a quantity is an address.
    if (!STREET.test(line) && (!POSTCODE.test(line) || line.length > 90 || QUANTITY.test(line)))
      continue;
    const a = addressFromLine(line);
    if (a) return a;
  }
  return null;
}
