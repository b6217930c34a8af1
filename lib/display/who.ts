import type { Locale } from '../model/vocab';
import { stringOf, type Draft } from '../prospect/page-facts';
import { countryName } from './country-name';

export interface Who {
  name: string | null;
  /** Title and company for a person; industry and country for a company. */
  details: string[];
}

/** Who the panel is about, as its first line says it: a person, or a company page's company. */
export function whoOf(draft: Draft, locale: Locale): Who {
  const person = (f: string) => stringOf(draft.person[f]?.value);
  const company = (f: string) => stringOf(draft.company[f]?.value);
  const personName = person('name');
  const companyName = company('name') ?? person('company');
  if (personName || Object.keys(draft.person).length > 0)
    return { name: personName, details: present([person('title'), companyName]) };
  const country = company('country');
  return {
    name: companyName,
    details: present([company('industry'), country && countryName(country, locale)]),
  };
}

const present = (xs: (string | null | undefined)[]): string[] => xs.filter((x): x is string => !!x);
