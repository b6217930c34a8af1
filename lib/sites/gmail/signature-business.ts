import { looksLikeTitle, splitLine } from './signature-lines';

/*
 * A free-mail sender is often a business: a self-employed electrician on hotmail, a small
 * shop on gmail. Their signature (or display name) says so — a trade name, a legal form,
 * a tax id. Conservative: a line is a business name only with a legal form or a trade
 * word; a tax id with no such line makes the sender's own name the business (in Spain a
 * self-employed person trades under their name and NIF).
 */

/** Legal forms (ES, PT, UK, US, DE, FR, IT) at a word end. */
const LEGAL_FORM =
  /(?:^|\s)(?:s\.?\s?l\.?(?:\s?u\.?)?|s\.?\s?a\.?|s\.?\s?coop\.?|s\.?\s?c\.?|c\.?\s?b\.?|lda\.?|ltd\.?|limited|llc|inc\.?|gmbh|sarl|s\.?a\.?s\.?|s\.?r\.?l\.?|plc)$/i;

/** Words that name a trade or a business rather than a person (es, en). */
const TRADE =
  /(?:^|\s)(?:instalaciones|instalador[ae]?s?|electricidad|el[eé]ctric[ao]s?|electricistas?|fontaner[ií]a|carpinter[ií]a|cerrajer[ií]a|reformas|construcciones|talleres|taller|transportes|mudanzas|limpiezas?|climatizaci[oó]n|asesor[ií]a|gestor[ií]a|consultor[ií]a|distribuciones|servicios|suministros|estudio|cl[ií]nica|academia|panader[ií]a|pasteler[ií]a|restaurante|inmobiliaria|abogados|arquitectura|peluquer[ií]a|farmacia|jardiner[ií]a|pinturas|autom[oó]viles|electrical|electrics|electrician|plumbing|plumbers?|builders|building|construction|contractors?|carpentry|joinery|roofing|repairs|services|solutions|consulting|studio|bakery|cleaning|removals|garage|motors|landscaping|design|trading|supplies)(?=$|\s)/i;

/** A Spanish NIF/CIF/NIE, a VAT number, labelled. */
const TAX_ID =
  /\b(?:cif|nif|nie|vat(?:\s*(?:no|number|reg))?|tva|ust-?id(?:nr)?|p\.?\s?iva|n[uú]mero de identificaci[oó]n fiscal)\b\.?\s*:?\s*(?:[a-z]{2}\s?)?[a-z0-9][\d\s.-]{6,}[a-z0-9]?\b/i;

/** "Sent from Outlook", "Enviado desde mi iPhone": the mail client, not the sender. */
const CLIENT_LINE = /^(?:sent from|enviado desde|get outlook|obtener outlook)\b/i;

function isBusinessName(part: string): boolean {
  if (part.length < 3 || part.length > 80 || part.split(/\s+/).length > 8) return false;
  if (/[@:;?!¿¡"“”]|https?:|www\.|\d{3}/i.test(part) || CLIENT_LINE.test(part)) return false;
  return LEGAL_FORM.test(part.replace(/[.,]+$/, '.')) || TRADE.test(part);
}

/**
 * The business a free-mail sender's signature lines (or display name) name, or null.
 * `senderName` is skipped as a line (it is the person), unless a tax id makes it the
 * business's name.
 */
export function freeMailBusiness(
  lines: readonly string[],
  senderName: string | null,
): string | null {
  if (senderName && isBusinessName(senderName) && !looksLikeTitle(senderName)) return senderName;
  for (const line of lines) {
    if (CLIENT_LINE.test(line)) continue;
    for (const part of splitLine(line)) {
      if (senderName && part === senderName) continue;
      if (isBusinessName(part) && !(looksLikeTitle(part) && !LEGAL_FORM.test(part))) return part;
    }
  }
  return senderName && lines.some((l) => TAX_ID.test(l)) ? senderName : null;
}
