import { describe, expect, it } from 'vitest';
import { t } from '../i18n';
import {
  SIGN_THRESHOLDS,
  contactsSign,
  discountsSign,
  followUpsSign,
  type SignInput,
} from './signs';

const base: SignInput = { worked: 0, won: 0, openWorked: 0, stale: 0, discountedWins: 0 };

describe('warning sign: many contacts, few sales', () => {
  const { minWorked } = SIGN_THRESHOLDS.contacts;
  it('needs enough prospects worked before it judges', () => {
    expect(contactsSign({ ...base, worked: minWorked - 1 }).state).toBe('notEnough');
    expect(contactsSign({ ...base, worked: minWorked }).state).toBe('warning');
  });
  it('warns below 5 % won, on both sides of the line', () => {
    // 100 worked: 4 won is under 5 %, 5 won is not.
    expect(contactsSign({ ...base, worked: 100, won: 4 }).state).toBe('warning');
    expect(contactsSign({ ...base, worked: 100, won: 5 }).state).toBe('fine');
  });
  it('says it with the figures, in both languages', () => {
    const { message } = contactsSign({ ...base, worked: 100, won: 4 });
    expect(t('en', message.key, message.params)).toBe(
      'You worked 100 prospects and won 4 (4 %). Many contacts, few sales: qualify harder before you contact.',
    );
    expect(t('es', message.key, message.params)).toContain(
      'Has trabajado 100 prospectos y ganado 4 (4 %)',
    );
    const few = contactsSign({ ...base, worked: 3 }).message;
    expect(t('es', few.key, few.params)).toBe(
      'Aún no hay datos suficientes: 3 prospectos trabajados; hacen falta 30 para juzgar.',
    );
  });
});

describe('warning sign: follow-ups that never end', () => {
  const { minOpen } = SIGN_THRESHOLDS.followUps;
  it('needs enough deals in progress', () => {
    expect(followUpsSign({ ...base, openWorked: minOpen - 1, stale: minOpen - 1 }).state).toBe(
      'notEnough',
    );
    expect(followUpsSign({ ...base, openWorked: minOpen, stale: minOpen }).state).toBe('warning');
  });
  it('warns from 40 % waiting over 90 days', () => {
    expect(followUpsSign({ ...base, openWorked: 50, stale: 19 }).state).toBe('fine');
    expect(followUpsSign({ ...base, openWorked: 50, stale: 20 }).state).toBe('warning');
    const { message } = followUpsSign({ ...base, openWorked: 50, stale: 20 });
    expect(t('en', message.key, message.params)).toContain('20 of 50 deals in progress (40 %)');
    expect(t('en', message.key, message.params)).toContain('over 90 days ago');
  });
});

describe('warning sign: deals that only move with a discount', () => {
  const { minWins } = SIGN_THRESHOLDS.discounts;
  it('waits for the decided rows, then for enough wins', () => {
    expect(discountsSign({ ...base, won: 50, discountedWins: null })).toBeNull();
    expect(discountsSign({ ...base, won: minWins - 1, discountedWins: 9 })?.state).toBe(
      'notEnough',
    );
    expect(discountsSign({ ...base, won: minWins, discountedWins: 9 })?.state).toBe('warning');
  });
  it('warns from half the wins discounted', () => {
    expect(discountsSign({ ...base, won: 20, discountedWins: 9 })?.state).toBe('fine');
    expect(discountsSign({ ...base, won: 20, discountedWins: 10 })?.state).toBe('warning');
    const sign = discountsSign({ ...base, won: 20, discountedWins: 10 });
    expect(sign && t('es', sign.message.key, sign.message.params)).toContain(
      '10 de 20 ventas (50 %) necesitaron descuento',
    );
  });
});
