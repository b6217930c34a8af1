import { z } from 'zod';
import { CaptureSchema } from '../model/capture';

/**
 * The typed message contract between extension contexts. Each message has a request and
 * a response schema; senders and receivers parse with them and drop what fails.
 *
 * Content scripts (which carry no zod, to stay small) speak the two tiny shapes at the
 * bottom; the extension side validates what they send with `finalizeCapture`.
 */
export const ReadResultSchema = z.discriminatedUnion('kind', [
  /** The page was read. */
  z.object({ kind: z.literal('capture'), tabId: z.number().int(), capture: CaptureSchema }),
  /** No active tab in this window. */
  z.object({ kind: z.literal('no-tab') }),
  /** A page no extension may read (chrome://, the Web Store, a PDF viewer, file://). */
  z.object({ kind: z.literal('restricted'), tabId: z.number().int() }),
  /** A company website whose origin the rep has not granted yet. */
  z.object({
    kind: z.literal('needs-permission'),
    tabId: z.number().int(),
    /**
     * The origin to ask for. With `hidden` (the tab's URL is hidden: no permission and no
     * activeTab), a guess — the site the tab last showed, or the website the window's last
     * reading named — that the rep confirms or corrects; null when there is none.
     */
    origin: z.string().max(300).nullable(),
    hidden: z.boolean().optional(),
  }),
  /** The reader could not be reached (tab still loading, or opened before install). */
  z.object({
    kind: z.literal('unreachable'),
    tabId: z.number().int(),
    detail: z.string().max(300),
  }),
]);
export type ReadResult = z.infer<typeof ReadResultSchema>;

export const contract = {
  /** Side panel → background: read the active tab of the panel's window. */
  'read-active-tab': {
    /** `tabId` pins a tab (the panel opened as a tab in tests); else the window's active tab. */
    request: z.object({
      windowId: z.number().int().optional(),
      tabId: z.number().int().optional(),
    }),
    response: ReadResultSchema,
  },
  /** Reader or background → extension pages: re-read (in-app navigation, action clicked). */
  'page-changed': {
    request: z.object({ url: z.string().max(4096) }),
    response: z.null(),
  },
} as const;

export type MessageName = keyof typeof contract;
export type RequestOf<N extends MessageName> = z.infer<(typeof contract)[N]['request']>;
export type ResponseOf<N extends MessageName> = z.infer<(typeof contract)[N]['response']>;

/** The envelope every contract message travels in (built by `envelope`, ./envelope.ts). */
export const EnvelopeSchema = z.object({
  criba: z.literal(1),
  name: z.enum(Object.keys(contract) as [MessageName, ...MessageName[]]),
  payload: z.unknown(),
});

export { envelope } from './envelope';

/** Parses an incoming message; null (and the receiver ignores it) when it is not ours or malformed. */
export function parseRequest(
  message: unknown,
): { [N in MessageName]: { name: N; payload: RequestOf<N> } }[MessageName] | null {
  const env = EnvelopeSchema.safeParse(message);
  if (!env.success) return null;
  const schema = contract[env.data.name].request;
  const payload = schema.safeParse(env.data.payload);
  if (!payload.success) return null;
  return { name: env.data.name, payload: payload.data } as never;
}

export function parseResponse<N extends MessageName>(
  name: N,
  response: unknown,
): ResponseOf<N> | null {
  const r = contract[name].response.safeParse(response);
  return r.success ? (r.data as ResponseOf<N>) : null;
}
