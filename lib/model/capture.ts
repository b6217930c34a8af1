import { z } from 'zod';
import { CAPTURE_STATUSES } from './vocab';
import { SignalSchema, SurfaceSchema } from './signal';

export const CaptureStatusSchema = z.enum(CAPTURE_STATUSES);

/**
 * What one reading of one page yields. `ok`: signals found; `no_signals`: nothing
 * recognisable (or a login wall); `layout_changed`: the page type is known but its
 * expected anchors are missing — readers say so rather than guess.
 */
export const CaptureSchema = z.object({
  surface: SurfaceSchema,
  status: CaptureStatusSchema,
  url: z.string().max(4096),
  capturedAt: z.iso.datetime(),
  signals: z.array(SignalSchema).max(500),
  /** Short machine-readable notes on what the reader could not find (for the panel). */
  notes: z.array(z.string().max(200)).max(50).default([]),
  /**
   * Gmail only: the external sender's own sentences in the visible messages (no quotes,
   * no signature), for the panel to suggest interview answers from. Held in memory while
   * the panel shows the thread and never stored: only an answer the rep accepts keeps at
   * most 200 characters of its sentence as its note.
   */
  sentences: z.array(z.string().max(300)).max(40).optional(),
});
export type Capture = z.infer<typeof CaptureSchema>;
export type CaptureInput = z.input<typeof CaptureSchema>;
