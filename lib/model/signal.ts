import { z } from 'zod';
import { ENTITIES, SOURCE_METHODS, SURFACES } from './vocab';

export const SurfaceSchema = z.enum(SURFACES);
export const SourceMethodSchema = z.enum(SOURCE_METHODS);

/** Where one value came from: the page, how it was read, and when. */
export const SourceSchema = z.object({
  surface: SurfaceSchema,
  url: z.string().max(4096),
  method: SourceMethodSchema,
  capturedAt: z.iso.datetime(),
});

export const SignalValueSchema = z.union([
  z.string().max(4000),
  z.number().finite(),
  z.boolean(),
  z.array(z.string().max(500)).max(200),
]);
export type SignalValue = z.infer<typeof SignalValueSchema>;

/** One fact with provenance (DESIGN §4). */
export const SignalSchema = z.object({
  entity: z.enum(ENTITIES),
  field: z.string().min(1).max(40),
  value: SignalValueSchema,
  source: SourceSchema,
  confidence: z.number().min(0).max(1),
});
export type Signal = z.infer<typeof SignalSchema>;
