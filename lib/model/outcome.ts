import { z } from 'zod';
import { LOST_REASONS } from './vocab';

/** ISO 4217 codes the runtime knows (Intl's own list: what it can also format), listed on first use. */
let currencies: ReadonlySet<string> | undefined;
const knownCurrency = (code: string) =>
  (currencies ??= new Set(Intl.supportedValuesOf('currency'))).has(code);

export const CurrencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as EUR')
  .refine(knownCurrency, 'an ISO 4217 code such as EUR');

/** The longest lost-reason note: a sentence or two, not a report. */
export const LOST_NOTE_MAX = 500;

/**
 * How a closed deal ended, beside its status (won, lost or no decision): what it was
 * worth, when it closed, why it was lost and whether a discount was needed. The insights
 * read these; the status alone says which way it went.
 */
export const OutcomeSchema = z
  .object({
    /** The day the deal closed (YYYY-MM-DD). */
    at: z.iso.date(),
    value: z.number().finite().min(0).max(1e12).nullable(),
    currency: CurrencySchema.nullable(),
    lostReason: z.enum(LOST_REASONS).nullable(),
    lostNote: z.string().max(LOST_NOTE_MAX),
    discountNeeded: z.boolean(),
    discountPercent: z.number().finite().min(0).max(100).nullable(),
  })
  .refine((o) => o.value === null || o.currency !== null, {
    message: 'a value needs its currency',
    path: ['currency'],
  })
  .refine((o) => o.discountNeeded || o.discountPercent === null, {
    message: 'a discount percent needs a discount',
    path: ['discountPercent'],
  });
export type Outcome = z.infer<typeof OutcomeSchema>;

/** An outcome with nothing known yet but its day: what closing a deal records at first. */
export const emptyOutcome = (day: string): Outcome => ({
  at: day,
  value: null,
  currency: null,
  lostReason: null,
  lostNote: '',
  discountNeeded: false,
  discountPercent: null,
});
