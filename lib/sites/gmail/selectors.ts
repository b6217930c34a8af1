/**
 * Every Gmail selector Criba uses, with what it anchors on. Lists are fallbacks in
 * order. Gmail's element ids (`:b9`) change every session and are never used; the
 * `email`/`name` attributes and `data-*` ids have been stable since at least 2014.
 */
export const GMAIL_SELECTORS = {
  /** Thread subject; `h2.hP` since 2014, the `data-thread-perm-id` attribute since 2018. */
  subject: ['h2.hP', 'h2[data-thread-perm-id]', 'h2[data-legacy-thread-id]'],
  /**
   * One message of the open thread, expanded or collapsed. `div.adn` carries the stable
   * `data-message-id` / `data-legacy-message-id`; the bare attributes are the fallback.
   */
  message: ['div.adn[data-message-id]', 'div[data-message-id]', 'div[data-legacy-message-id]'],
  /**
   * The sender in a message header: `span.gD` inside `h3.iw` has held the `email` and
   * `name` attributes since 2014; collapsed headers have used `span.zF`/`span.yP`.
   */
  sender: ['h3.iw span[email]', 'span.gD[email]', 'span.zF[email]', 'span.yP[email]'],
  /** Message body (`div.a3s` inside `div.ii.gt`); absent while a message is collapsed. */
  body: ['div.a3s', 'div.ii.gt'],
  /** Signature block Gmail itself marks when the sender wrote from Gmail. */
  signature: ['div.gmail_signature', '[data-smartmail="gmail_signature"]'],
  /**
   * Quoted history and trimmed content inside a body: the earlier messages, with their
   * own signatures, which must not be read as the sender's (`.gmail_quote` since 2012,
   * `div.im` for quoted lines, `.yj6qo`/`.adL` for the "…" trimmed part).
   */
  quoted: '.gmail_quote, .gmail_extra, blockquote, div.im, .yj6qo, .adL',
  /** Inbox list rows (`tr.zA`), seen 2014–2025. */
  listRow: ['tr.zA'],
  /** The account switcher's label, "Google Account: Name (address)", localised. */
  account: [
    'a[aria-label^="Google Account"]',
    'a[aria-label^="Cuenta de Google"]',
    'a[aria-label^="Compte Google"]',
    'a[aria-label^="Google-Konto"]',
    'a[aria-label^="Account Google"]',
    'a[aria-label^="Conta do Google"]',
  ],
} as const;
