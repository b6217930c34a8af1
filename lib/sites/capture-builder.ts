import type { CaptureInput } from '../model/capture';
import { findSignal } from '../model/find-signal';
import type { Signal, SignalValue } from '../model/signal';
import type {
  CaptureStatus,
  CompanyField,
  Entity,
  PersonField,
  SourceMethod,
  Surface,
} from '../model/vocab';

/**
 * Collects signals for one reading of one page. Keeps the first value found for each
 * (entity, field) — readers add sources in order of trust — and drops empty values.
 */
export class CaptureBuilder {
  private readonly signals: Signal[] = [];
  private readonly seen = new Set<string>();
  private readonly notes: string[] = [];
  readonly capturedAt: string;

  constructor(
    readonly surface: Surface,
    readonly url: string,
    now: Date = new Date(),
  ) {
    this.capturedAt = now.toISOString();
  }

  person(
    field: PersonField,
    value: SignalValue | null | undefined,
    method: SourceMethod,
    confidence = 0.9,
  ): this {
    return this.add('person', field, value, method, confidence);
  }

  company(
    field: CompanyField,
    value: SignalValue | null | undefined,
    method: SourceMethod,
    confidence = 0.9,
  ): this {
    return this.add('company', field, value, method, confidence);
  }

  has(entity: Entity, field: string): boolean {
    return this.seen.has(`${entity}.${field}`);
  }

  /** The value kept so far for a field (the first one added), or null. */
  value(entity: Entity, field: string): SignalValue | null {
    return findSignal(this.signals, entity, field)?.value ?? null;
  }

  note(text: string): this {
    if (this.notes.length < 50) this.notes.push(text.slice(0, 200));
    return this;
  }

  get size(): number {
    return this.signals.length;
  }

  build(status?: CaptureStatus): CaptureInput {
    return {
      surface: this.surface,
      status: status ?? (this.signals.length > 0 ? 'ok' : 'no_signals'),
      url: this.url.slice(0, 4096),
      capturedAt: this.capturedAt,
      signals: this.signals.slice(0, 500),
      notes: this.notes,
    };
  }

  private add(
    entity: Entity,
    field: string,
    value: SignalValue | null | undefined,
    method: SourceMethod,
    confidence: number,
  ): this {
    const clean = normaliseValue(value);
    if (clean === null) return this;
    const key = `${entity}.${field}`;
    if (this.seen.has(key)) return this;
    this.seen.add(key);
    this.signals.push({
      entity,
      field,
      value: clean,
      source: {
        surface: this.surface,
        url: this.url.slice(0, 4096),
        method,
        capturedAt: this.capturedAt,
      },
      confidence: Math.max(0, Math.min(1, confidence)),
    });
    return this;
  }
}

/** Trims strings, drops empties and non-finite numbers, caps lengths to the schema's. */
export function normaliseValue(value: SignalValue | null | undefined): SignalValue | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') {
    const s = value.replace(/\s+/g, ' ').trim();
    return s ? s.slice(0, 4000) : null;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  const list = [
    ...new Set(
      value.map((v) => String(v).replace(/\s+/g, ' ').trim().slice(0, 500)).filter(Boolean),
    ),
  ];
  return list.length ? list.slice(0, 200) : null;
}
