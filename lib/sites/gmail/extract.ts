import type { CaptureInput } from '../../model/capture';
import { CaptureBuilder } from '../capture-builder';
import { attr, first } from '../shared/dom';
import type { SiteAdapter } from '../types';
import { normaliseEmail } from '../../identity/email';
import { emailDomain, isFreeMail } from '../website/free-mail';
import { detectGmail } from './detect';
import { senderSentences } from './sender-sentences';
import { readSignature } from './signature';
import { GMAIL_SELECTORS as S } from './selectors';

/** One message header as the thread shows it, expanded or collapsed. */
interface ThreadMessage {
  el: Element;
  email: string;
  name: string | null;
  body: Element | null;
}

const MAX_MESSAGES = 200;

/**
 * Reads an open Gmail thread: the person is the external sender of the latest message
 * not written by the rep (or the rep's colleagues), with what their signature says.
 * Never throws, never changes the document; of the bodies it emits only the sender's own
 * sentences (`sentences`), which the panel holds in memory to suggest answers.
 */
export function extractGmail(doc: Document, url: URL, now: Date = new Date()): CaptureInput {
  const kind = detectGmail(url);
  const thread = new CaptureBuilder('gmail-thread', url.href, now);
  try {
    const messages = readMessages(doc);
    // In reading-pane mode a list URL shows a thread: the messages on screen decide.
    if (kind !== 'gmail-thread' && messages.length === 0) return listCapture(url, now);
    if (messages.length === 0) {
      // The subject tells the panel whether the thread rendered at all.
      thread.note(
        first(doc, S.subject) ? 'gmail-message-anchors-missing' : 'gmail-thread-anchors-missing',
      );
      return thread.build('layout_changed');
    }
    const rep = repAddress(doc);
    if (!rep) thread.note('gmail-rep-address-unknown');
    const person = latestExternal(messages, rep);
    if (!person) {
      thread.note('gmail-no-external-sender');
      return thread.build('no_signals');
    }
    thread.person('name', person.name, 'dom', 0.9);
    thread.person('email', person.email, 'dom', 0.95);
    const body = person.body ?? latestBodyFrom(messages, person.email);
    if (body) {
      const sig = readSignature(body, person, url);
      thread.person('title', sig.title, 'dom', 0.6);
      // Seniority and department follow from the title in finalizeCapture.
      thread.person('phone', sig.phone, 'dom', 0.6);
      thread.person('linkedinUrl', sig.personLinkedin, 'dom', 0.8);
      thread.person('company', sig.company, 'dom', 0.6);
      thread.company('name', sig.company, 'dom', 0.6);
      thread.company('website', sig.website, 'dom', 0.7);
      thread.company('linkedinUrl', sig.companyLinkedin, 'dom', 0.7);
    } else {
      thread.note('gmail-sender-message-collapsed');
    }
    const bodies = messages.flatMap((m) => (m.email === person.email && m.body ? [m.body] : []));
    const sentences = senderSentences(bodies);
    const capture = thread.build();
    return sentences.length ? { ...capture, sentences } : capture;
  } catch {
    thread.note('gmail-reader-error');
    return thread.build(thread.size > 0 ? 'ok' : 'no_signals');
  }
}

function listCapture(url: URL, now: Date): CaptureInput {
  return new CaptureBuilder('gmail-list', url.href, now)
    .note('gmail-list-view')
    .build('no_signals');
}

/** Messages of the visible thread, oldest first, each with a readable sender. */
function readMessages(doc: Document): ThreadMessage[] {
  let nodes: Element[] = [];
  for (const sel of S.message) {
    nodes = Array.from(doc.querySelectorAll(sel));
    if (nodes.length > 0) break;
  }
  const out: ThreadMessage[] = [];
  for (const el of nodes.slice(0, MAX_MESSAGES)) {
    if (isHidden(el)) continue;
    const sender = first(el, S.sender);
    const email = normaliseEmail(attr(sender, 'email'));
    if (!sender || !email) continue;
    const name = attr(sender, 'name') ?? sender.textContent?.replace(/\s+/g, ' ').trim() ?? null;
    out.push({ el, email, name: name ? name.slice(0, 200) : null, body: first(el, S.body) });
  }
  return out;
}

/**
 * Gmail keeps views it has left in the DOM, hidden. A thread under a hidden ancestor is
 * not the one on screen (the rep went back to the list); inline styles and `hidden` are
 * what Gmail uses for that, so no layout is computed.
 */
function isHidden(el: Element): boolean {
  let depth = 0;
  for (let p: Element | null = el; p && depth < 60; p = p.parentElement, depth++) {
    if (p.hasAttribute('hidden')) return true;
    const style = p.getAttribute('style');
    if (style && /display\s*:\s*none/i.test(style)) return true;
  }
  return false;
}

/** The rep's own address: from the tab title ("Inbox (14) - rep@… - …"), else the account label. */
function repAddress(doc: Document): string | null {
  const fromTitle = /[^\s<>()"]+@[^\s<>()"]+\.[a-z]{2,}/i.exec(doc.title ?? '');
  if (fromTitle) return normaliseEmail(fromTitle[0]);
  const label = attr(first(doc, S.account), 'aria-label');
  const m = label ? /[^\s<>()"]+@[^\s<>()"]+\.[a-z]{2,}/i.exec(label) : null;
  return m ? normaliseEmail(m[0]) : null;
}

/** Latest sender who is neither the rep nor at the rep's own (non-free-mail) domain. */
function latestExternal(messages: ThreadMessage[], rep: string | null): ThreadMessage | null {
  const repDomain = rep && !isFreeMail(rep) ? emailDomain(rep) : null;
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i];
    if (!m || m.email === rep) continue;
    if (repDomain && emailDomain(m.email) === repDomain) continue;
    return m;
  }
  return null;
}

/** A collapsed latest message has no body: the same sender's latest expanded one signs too. */
function latestBodyFrom(messages: ThreadMessage[], email: string): Element | null {
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i];
    if (m?.email === email && m.body) return m.body;
  }
  return null;
}

export const gmailAdapter: SiteAdapter = {
  id: 'gmail',
  detect: detectGmail,
  extract: extractGmail,
};
