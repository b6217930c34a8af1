import type { InboundDeadline, InboundRequest } from '../model/advice';
import { QUOTE_REQUEST } from '../qualify/suggest-answers';

/*
 * What a prospect's own email asks for, read from the external sender's sentences: a
 * quote or a proposal, the date they want it by, and whether they said how many people
 * would use it. Kept as structure so the reply is written in the reader's language and
 * no word of the email is stored.
 */

const PROPOSAL = /\b(?:propuesta|proposal|rfp|request for proposal)\b/i;

const WEEKDAYS: Record<string, InboundDeadline> = {
  lunes: 'monday',
  martes: 'tuesday',
  miercoles: 'wednesday',
  jueves: 'thursday',
  viernes: 'friday',
  sabado: 'saturday',
  domingo: 'sunday',
  monday: 'monday',
  tuesday: 'tuesday',
  wednesday: 'wednesday',
  thursday: 'thursday',
  friday: 'friday',
  saturday: 'saturday',
  sunday: 'sunday',
};
const WEEKDAY =
  /\b(?:antes del?|para el|hasta el|by|before|until|no later than)\s+(lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
const QUARTER_END =
  /\b(?:(?:by|before) (?:the )?end of|antes de (?:que acabe|final de|fin de|finales de)(?: el| del)?)\s+(?:the )?q([1-4])\b/i;

/** Dates other than a weekday or a quarter's end, most specific first. */
const DEADLINES: readonly (readonly [RegExp, InboundDeadline])[] = [
  [/\b(?:la semana que viene|la pr[oó]xima semana|next week)\b/i, 'next-week'],
  [/\b(?:esta semana|this week|(?:by|before) the end of (?:the )?week)\b/i, 'this-week'],
  [
    /\b(?:(?:antes de|para) (?:el )?(?:fin|final|finales) de(?:l)? mes|(?:by|before) (?:the )?end of (?:the )?month)\b/i,
    'month-end',
  ],
  [/\b(?:este trimestre|this quarter)\b/i, 'this-quarter'],
  [/\b(?:cuanto antes|lo antes posible|urgente|asap|as soon as possible|urgent(?:ly)?)\b/i, 'asap'],
];

/** "12 users", "tres comerciales", "for 20 people": the request says how many would use it. */
const SIZED =
  /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|veinte)\s+(?:users?|seats?|licen[cs]es?|people|reps|salespeople|usuarios|usuarias|licencias|personas|comerciales|vendedores|puestos)\b/i;

function deadlineIn(sentence: string): InboundDeadline | null {
  const day = WEEKDAY.exec(sentence)?.[1];
  if (day) return WEEKDAYS[day.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()] ?? null;
  const quarter = QUARTER_END.exec(sentence)?.[1];
  if (quarter) return `q${quarter}` as InboundDeadline;
  for (const [re, deadline] of DEADLINES) if (re.test(sentence)) return deadline;
  return null;
}

/**
 * The quote or proposal the prospect asks for, or null when their sentences ask for
 * none. The date is sought in the request's own sentence first, then in the others.
 */
export function readRequest(sentences: readonly string[] | undefined): InboundRequest | null {
  if (!sentences?.length) return null;
  const asked = sentences.find((s) => QUOTE_REQUEST.test(s));
  if (asked === undefined) return null;
  let deadline = deadlineIn(asked);
  for (let i = 0; deadline === null && i < sentences.length; i++)
    deadline = deadlineIn(sentences[i] as string);
  return {
    kind: PROPOSAL.test(asked) ? 'proposal' : 'quote',
    deadline,
    sized: sentences.some((s) => SIZED.test(s)),
  };
}
