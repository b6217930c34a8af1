import { describe, expect, it } from 'vitest';
import { AdviceSchema } from '../model/advice';
import { defaultIcp } from '../icp/default-icp';
import { BANT } from '../qualify/frameworks';
import { factsFromPlain } from '../scoring/facts';
import { NOW } from '../../tests/support/prospect-arbitraries';
import { readRequest } from './inbound-request';
import { recommendationText, scoreAndRecommend } from './recommend';
import { renderRecommendation } from './render-recommendation';

describe('readRequest', () => {
  it('reads a quote or proposal request and the date the prospect set, in both languages', () => {
    expect(
      readRequest(['¿Nos podéis enviar presupuesto para tres almacenes antes del viernes?']),
    ).toEqual({ kind: 'quote', deadline: 'friday', sized: false });
    expect(readRequest(['Could you send us a quote for three warehouses by Friday?'])).toEqual({
      kind: 'quote',
      deadline: 'friday',
      sized: false,
    });
    expect(
      readRequest(['Necesitamos una propuesta.', 'Lo decidimos antes de final de Q2.']),
    ).toEqual({ kind: 'proposal', deadline: 'q2', sized: false });
    expect(readRequest(['Please send a proposal by the end of the month.'])?.deadline).toBe(
      'month-end',
    );
    expect(readRequest(['¿Me mandáis presupuesto la semana que viene?'])?.deadline).toBe(
      'next-week',
    );
    expect(readRequest(['We need a quote asap.'])?.deadline).toBe('asap');
    expect(readRequest(['Queremos un presupuesto este trimestre.'])?.deadline).toBe('this-quarter');
    expect(readRequest(['Quisiera un presupuesto antes del miércoles.'])?.deadline).toBe(
      'wednesday',
    );
  });

  it('knows when the request already says how many people would use it', () => {
    expect(readRequest(['Can you send me pricing for 12 users?'])).toEqual({
      kind: 'quote',
      deadline: null,
      sized: true,
    });
    expect(readRequest(['Necesito presupuesto para tres comerciales.'])?.sized).toBe(true);
  });

  it('finds no request where none is asked', () => {
    expect(readRequest(undefined)).toBeNull();
    expect(readRequest([])).toBeNull();
    expect(readRequest(['We have €15,000 approved and want it live this quarter.'])).toBeNull();
    expect(readRequest(['Tenemos 20.000 € aprobados para este trimestre.'])).toBeNull();
  });
});

describe('a reply to a quote request', () => {
  const facts = factsFromPlain(
    { name: 'Óscar Lezama', title: 'Director de Operaciones' },
    { name: 'Distribuciones Lezama', industry: 'Venta al por mayor', country: 'ES' },
  );
  const sentences = ['¿Nos podéis enviar un presupuesto para tres almacenes antes del viernes?'];
  const reply = (locale: 'en' | 'es', emailSentences?: string[]) =>
    scoreAndRecommend({
      icp: defaultIcp('es'),
      icpVersion: 1,
      framework: BANT,
      facts,
      answers: {},
      now: NOW,
      locale,
      emailSentences,
    });

  it('answers the request and its date instead of proposing a meeting', () => {
    const { recommendation: r } = reply('es', sentences);
    expect(recommendationText(r)).toMatch(
      /^Gracias por pedirnos presupuesto: lo tendrás antes del viernes\./,
    );
    expect(recommendationText(r)).not.toMatch(/20 minutos|llamada/);
    expect(r.kind === 'angle' && r.nextStep).toBe(
      'Responde hoy y envía el presupuesto en la fecha que te pidieron.',
    );
  });

  it('stores the request as structure, never the email’s words, and renders it in either language', () => {
    const { advice } = reply('es', sentences);
    expect(JSON.stringify(advice)).not.toMatch(/almacenes|podéis/);
    const stored = AdviceSchema.parse(JSON.parse(JSON.stringify(advice)));
    const en = renderRecommendation(stored, 'en', defaultIcp('es'));
    expect(en).toEqual(reply('en', sentences).recommendation);
    expect(recommendationText(en)).toMatch(
      /^Thank you for asking us for a quote: you will have it before Friday\./,
    );
  });

  it('is a pitch again when the email asks for nothing', () => {
    const { recommendation: r } = reply('es', ['Gracias por la llamada de ayer.']);
    expect(recommendationText(r)).not.toContain('Gracias por pedirnos');
  });
});
