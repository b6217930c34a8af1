import { z } from 'zod';
import { DEPARTMENTS, SENIORITIES } from './vocab';

const str = z.string().nullable();

/** The person as `npm run signals` prints it: every key present, null when unknown. */
export const PersonFactsSchema = z.object({
  name: str,
  title: str,
  company: str,
  location: str,
  email: str,
  linkedinUrl: str,
  seniority: z.enum(SENIORITIES).nullable(),
  department: z.enum(DEPARTMENTS).nullable(),
});
export type PersonFacts = z.infer<typeof PersonFactsSchema>;

/** The company as `npm run signals` prints it: every key present, null when unknown. */
export const CompanyFactsSchema = z.object({
  name: str,
  domain: str,
  website: str,
  industry: str,
  employeesMin: z.number().nullable(),
  employeesMax: z.number().nullable(),
  location: str,
  country: str,
  founded: z.number().nullable(),
  tech: z.array(z.string()),
  hiring: z.boolean().nullable(),
  linkedinUrl: str,
  phone: str,
  email: str,
  description: str,
});
export type CompanyFacts = z.infer<typeof CompanyFactsSchema>;
