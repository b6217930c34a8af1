import { absoluteUrl } from '../shared/dom';
import { companyMatchesDomain } from '../website/company-name';
import { isFreeMail } from '../website/free-mail';
import { cleanPhone, phoneFromTelHref, phoneInText } from '../website/phone';
import { fold, textLines } from '../website/text-lines';
import { GMAIL_SELECTORS } from './selectors';
import { freeMailBusiness } from './signature-business';
import { looksLikeTitle, splitLine } from './signature-lines';
import { classifyLink, type LinkKind } from './signature-links';

/**
 * What a sender's signature says about them. Only these fields leave the reader: the
 * body itself is read here and nowhere else, and is never emitted.
 */
export interface SignatureFacts {
  title: string | null;
  company: string | null;
  phone: string | null;
  website: string | null;
  personLinkedin: string | null;
  companyLinkedin: string | null;
}

const EMPTY: SignatureFacts = {
  title: null,
  company: null,
  phone: null,
  website: null,
  personLinkedin: null,
  companyLinkedin: null,
};

/** "Un saludo", "Best regards"…: the signature starts after the last of these. */
export const SIGN_OFF =
  /^(?:un saludo|saludos|un abrazo|atentamente|cordialmente|gracias|muchas gracias|best|best regards|kind regards|regards|warm regards|many thanks|thanks|thank you|cheers|sincerely|yours|bien à vous|cordialement|salutations|mit freundlichen grüßen|viele grüße|beste grüße|grüße|cordiali saluti|distinti saluti|saluti|cumprimentos|atenciosamente|abraço)\b[\s,.!]*$/i;
export const DELIMITER = /^(?:--|—|__+|-{2,}\s*)$/;
const TAIL_LINES = 8;

export function isQuoted(el: Element): boolean {
  try {
    return el.matches(GMAIL_SELECTORS.quoted);
  } catch {
    return false;
  }
}

/** The marked signature of this message (not one quoted from an earlier message). */
function markedSignature(body: Element): Element | null {
  for (const sel of GMAIL_SELECTORS.signature) {
    for (const el of Array.from(body.querySelectorAll(sel)).slice(0, 20)) {
      let quoted = false;
      for (let p = el.parentElement; p && p !== body; p = p.parentElement) {
        if (isQuoted(p)) {
          quoted = true;
          break;
        }
      }
      if (!quoted) return el;
    }
  }
  return null;
}

/**
 * The signature of a body Gmail did not mark: the lines after the last "--" or sign-off,
 * else after a line that is just the sender's name. Without either there is no
 * signature — the last lines of an email are as likely to be its message.
 */
function signatureTail(lines: string[], senderName: string | null): string[] {
  const from = Math.max(0, lines.length - 20);
  for (let i = lines.length - 1; i >= from; i--) {
    const line = lines[i] ?? '';
    if (DELIMITER.test(line) || SIGN_OFF.test(line)) return lines.slice(i + 1, i + 1 + TAIL_LINES);
  }
  const name = senderName ? fold(senderName) : '';
  const firstName = senderName ? fold(senderName.split(/\s+/)[0] ?? '') : '';
  for (let i = lines.length - 1; i >= from && name; i--) {
    const f = fold(lines[i] ?? '');
    if (f === name || (firstName.length >= 3 && f.startsWith(firstName) && f.length <= name.length))
      return lines.slice(i, i + TAIL_LINES);
  }
  return [];
}

export function readSignature(
  body: Element,
  sender: { name: string | null; email: string },
  base: URL,
): SignatureFacts {
  const marked = markedSignature(body);
  const root = marked ?? body;
  const all = textLines(root, { skip: isQuoted, maxNodes: 5_000, maxChars: 20_000 });
  const lines = marked ? all.slice(0, 15) : signatureTail(all, sender.name);
  if (lines.length === 0)
    return isFreeMail(sender.email)
      ? { ...EMPTY, company: freeMailBusiness([], sender.name) }
      : EMPTY;
  const tail = new Set(lines.map(fold));

  const domains: string[] = [];
  if (!isFreeMail(sender.email)) domains.push(sender.email.slice(sender.email.indexOf('@') + 1));

  const links: { kind: LinkKind; url: string }[] = [];
  let phone: string | null = null;
  for (const a of Array.from(root.querySelectorAll('a[href]')).slice(0, 60)) {
    if (!marked && !inTail(a, tail)) continue;
    if (isInsideQuote(a, root)) continue;
    const href = a.getAttribute('href') ?? '';
    phone ??= phoneFromTelHref(href);
    const link = classifyLink(absoluteUrl(href, base));
    if (link) links.push(link);
  }

  for (const line of lines) {
    for (const token of line.split(/\s+/).slice(0, 20)) {
      const link = classifyLink(bareUrl(token));
      if (link) links.push(link);
    }
    if (!phone && !/\bfax\b/i.test(line)) phone = phoneFromLine(line);
  }

  const companyDomains = [...domains, ...websiteHosts(links)];
  const name = sender.name ? fold(sender.name) : '';
  let title: string | null = null;
  let company: string | null = null;
  for (const line of lines) {
    const f = fold(line);
    if (!f || (name && f === name)) continue;
    for (const part of splitLine(line)) {
      if (companyMatchesDomain(part, companyDomains)) company ??= part;
      else if (!title && looksLikeTitle(part)) title = part;
    }
  }

  // A free-mail sender has no company domain to match: the signature's business decides.
  if (!company && isFreeMail(sender.email)) company = freeMailBusiness(lines, sender.name);

  const websites = links.filter((l) => l.kind === 'website').map((l) => l.url);
  const own = websites.find((w) => {
    const host = new URL(w).hostname;
    return domains.some((d) => host === d || host.endsWith(`.${d}`));
  });
  return {
    title,
    company,
    phone,
    website: own ?? websites[0] ?? null,
    personLinkedin: links.find((l) => l.kind === 'linkedin-person')?.url ?? null,
    companyLinkedin: links.find((l) => l.kind === 'linkedin-company')?.url ?? null,
  };
}

function inTail(a: Element, tail: Set<string>): boolean {
  const t = fold(a.textContent ?? '');
  if (!t) return false;
  for (const line of tail) if (line.includes(t)) return true;
  return false;
}

function isInsideQuote(el: Element, root: Element): boolean {
  for (let p = el.parentElement; p && p !== root; p = p.parentElement) if (isQuoted(p)) return true;
  return false;
}

function websiteHosts(links: { kind: LinkKind; url: string }[]): string[] {
  return links.filter((l) => l.kind === 'website').map((l) => new URL(l.url).hostname);
}

/** A bare "www.example.es" or "example.co.uk/contacto" written in a signature line. */
function bareUrl(token: string): string | null {
  const t = token.replace(/^[(<[]+|[)>\],.;:]+$/g, '');
  if (t.includes('@') || !/^(?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,6}(?:\/\S*)?$/i.test(t))
    return null;
  if (/\.(?:pdf|docx?|xlsx?|pptx?|png|jpe?g|gif|zip|txt|csv)$/i.test(t)) return null;
  return /^https?:\/\//i.test(t) ? t : `https://${t}`;
}

/** A phone line: labelled, international, or little else but the number. */
function phoneFromLine(line: string): string | null {
  const number = phoneInText(line);
  if (!number) return null;
  const labelled =
    /\b(?:tel|tlf|tfno|teléfono|telefono|telf|phone|ph|mobile|mob|móvil|movil|cell|m|t|p|office|oficina|direct|directo|whatsapp)\b\.?\s*:?/i.test(
      line,
    );
  const international = /^(?:\+|00)/.test(number);
  const mostly = number.length >= line.replace(/\s+/g, ' ').trim().length * 0.7;
  return labelled || international || mostly ? cleanPhone(number) : null;
}
