import { z } from 'zod';

/**
 * Which column of a CSV feeds which Criba field. HubSpot's and Pipedrive's export headers,
 * and Criba's own export headers in both languages, map without help; anything else the
 * rep maps once, and the mapping is remembered by header name (local:importMapping).
 */

export const IMPORT_FIELDS = [
  'name',
  'firstName',
  'lastName',
  'email',
  'phone',
  'title',
  'linkedinUrl',
  'location',
  'company',
  'domain',
  'website',
  'companyLinkedinUrl',
  'industry',
  'country',
  'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** One field (or null: ignored) per column, in the file's column order. */
export type ColumnMapping = (ImportField | null)[];

/** What is remembered: header name (folded) → field. Prototype keys are plain text here. */
export const RememberedMappingSchema = z
  .record(z.string().min(1).max(200), z.enum(IMPORT_FIELDS))
  .refine((m) => Object.keys(m).length <= 500);
export type RememberedMapping = z.infer<typeof RememberedMappingSchema>;

/** Lower-case, no accents, no punctuation: "Person - E-mail" and "person email" meet. */
export function foldHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const ALIASES: Record<ImportField, readonly string[]> = {
  name: [
    'name',
    'full name',
    'person name',
    'contact name',
    'nombre',
    'nombre completo',
    'contacto',
  ],
  firstName: ['first name', 'person first name', 'nombre de pila'],
  lastName: ['last name', 'person last name', 'apellidos', 'apellido'],
  email: [
    'email',
    'e mail',
    'email address',
    'person email',
    'email work',
    'person email work',
    'correo',
    'correo electronico',
  ],
  phone: [
    'phone',
    'phone number',
    'mobile phone number',
    'person phone',
    'phone work',
    'person phone work',
    'telefono',
  ],
  title: ['job title', 'title', 'person job title', 'cargo', 'puesto'],
  linkedinUrl: [
    'linkedin',
    'linkedin url',
    'linkedin profile',
    'person linkedin',
    'perfil de linkedin',
  ],
  location: ['location', 'city', 'person location', 'ubicacion', 'ciudad', 'localidad'],
  company: [
    'company',
    'company name',
    'organization',
    'organization name',
    'person organization',
    'associated company',
    'organisation',
    'empresa',
    'compania',
  ],
  domain: ['company domain name', 'domain', 'dominio', 'organization domain'],
  website: ['website', 'website url', 'organization website', 'web', 'sitio web'],
  companyLinkedinUrl: [
    'company linkedin',
    'company linkedin page',
    'linkedin company page',
    'organization linkedin',
    'linkedin de la empresa',
  ],
  industry: ['industry', 'organization industry', 'sector', 'industria'],
  country: ['country', 'country region', 'organization country', 'person country', 'pais'],
  notes: ['notes', 'note', 'person notes', 'notas'],
};

const BY_ALIAS = new Map<string, ImportField>(
  IMPORT_FIELDS.flatMap((f) => ALIASES[f].map((a) => [a, f] as const)),
);

/**
 * A field per header: the remembered mapping first, then the known aliases. A field
 * is given to one column only (the first that claims it), so two "Email" columns
 * never fight over one value.
 */
export function autoMapping(
  headers: readonly string[],
  remembered: RememberedMapping = {},
): ColumnMapping {
  const taken = new Set<ImportField>();
  return headers.map((h) => {
    const folded = foldHeader(h);
    const field =
      (Object.hasOwn(remembered, folded) ? remembered[folded] : undefined) ?? BY_ALIAS.get(folded);
    if (!field || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/** The mapping to remember, merged over what was remembered before. */
export function rememberMapping(
  headers: readonly string[],
  mapping: ColumnMapping,
  before: RememberedMapping = {},
): RememberedMapping {
  const out: RememberedMapping = { ...before };
  headers.forEach((h, i) => {
    const folded = foldHeader(h);
    const field = mapping[i];
    if (!folded) return;
    // Folding drops '_', so a "__proto__" header is plain "proto" here.
    if (field) out[folded] = field;
    else delete out[folded];
  });
  return RememberedMappingSchema.parse(out);
}

/** A mapping is usable when some column identifies a person or a company. */
export function mappingIdentifies(mapping: ColumnMapping): boolean {
  return mapping.some(
    (f) =>
      f === 'email' ||
      f === 'linkedinUrl' ||
      f === 'domain' ||
      f === 'website' ||
      f === 'companyLinkedinUrl',
  );
}
