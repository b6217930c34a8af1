import { normaliseEmail } from '../../identity/email';
import { isFreeMail } from './free-mail';

/** A company address; image names like "logo@2x.png" look like addresses too. */
export function companyEmail(raw: string | null): string | null {
  const e = normaliseEmail(raw);
  if (!e || isFreeMail(e) || /\.(?:png|jpe?g|gif|svg|webp|css|js)$/i.test(e)) return null;
  if (
    /^(?:example|email|name|nombre|tu|your|you|user|usuario)@|@(?:example|domain|dominio|email)\./i.test(
      e,
    )
  )
    return null;
  return e;
}

/** The first company address written in contact text (run extension-side). */
export function emailInText(lines: readonly string[]): string | null {
  for (const line of lines.slice(0, 800)) {
    for (const token of line.split(/[\s,;:()<>]+/)) {
      const e = token.includes('@') ? companyEmail(token) : null;
      if (e) return e;
    }
  }
  return null;
}
