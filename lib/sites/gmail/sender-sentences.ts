import { textLines } from '../website/text-lines';
import { DELIMITER, isQuoted, SIGN_OFF } from './signature';

const MAX_SENTENCES = 40;
const MAX_CHARS = 300;

/**
 * What the external sender wrote in their visible messages, as sentences: quoted history
 * skipped, and each message read only up to its sign-off or "--" (the signature is not
 * what they asked for). They go to the panel in the capture to suggest interview answers
 * and are never stored.
 */
export function senderSentences(bodies: readonly Element[]): string[] {
  const out: string[] = [];
  for (const body of bodies) {
    const lines = textLines(body, { skip: isQuoted, maxNodes: 5_000, maxChars: 20_000 });
    for (const line of lines) {
      if (DELIMITER.test(line) || SIGN_OFF.test(line)) break;
      for (const sentence of line.split(/(?<=[.!?])\s+/)) {
        const s = sentence.trim();
        if (s.split(/\s+/).length < 3) continue;
        out.push(s.slice(0, MAX_CHARS));
        if (out.length === MAX_SENTENCES) return out;
      }
    }
  }
  return out;
}
