import { describe, expect, it } from 'vitest';
import { mentionPattern, scrubMentions, scrubText } from './scrub-mentions';

const ANA = { name: 'Ana Ruiz', linkedinSlug: 'ana-ruiz-42', email: 'ana@talleres-demo.es' };

describe('scrubbing an erased person’s mentions', () => {
  const pattern = mentionPattern([ANA])!;

  it('redacts the name in any case and without accents, as whole words only', () => {
    expect(scrubText('Hablé con ANA RUIZ y con Anabel', pattern)).toBe(
      'Hablé con […] y con Anabel',
    );
    const accented = mentionPattern([{ ...ANA, name: 'Anaïs Ruiz' }])!;
    expect(scrubText('anais ruiz: Analytics', accented)).toBe('[…]: Analytics');
  });

  it('empties a URL that names the person, however encoded', () => {
    const lucia = mentionPattern([{ name: 'Lucía', linkedinSlug: 'lucía-x', email: null }])!;
    expect(scrubText('https://www.linkedin.com/in/luc%C3%ADa-x/details/', lucia)).toBe('');
    expect(scrubText('https://www.linkedin.com/in/ana-ruiz-42/', pattern)).toBe('');
    expect(scrubText('https://www.talleres-demo.es/', pattern)).toBe(
      'https://www.talleres-demo.es/',
    );
  });

  it('returns the same object when nothing mentions the person', () => {
    const record = { notes: ['Ana María López'], score: { fit: 3 } };
    expect(scrubMentions(record, pattern)).toBe(record);
    expect(scrubMentions({ ...record, by: 'ana@talleres-demo.es' }, pattern)).toEqual({
      ...record,
      by: '[…]',
    });
  });

  it('looks for nothing when too little is known', () => {
    expect(mentionPattern([{ name: 'Al', linkedinSlug: null, email: null }])).toBeNull();
  });
});
