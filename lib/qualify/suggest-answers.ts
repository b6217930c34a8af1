import type { AnswerValue } from '../model/records';
import type { Framework, Question } from './framework-schema';

/**
 * Interview answers the prospect's own email suggests, each with the sentence that
 * supports it (Spanish and English):
 *
 * - a request for a proposal or a quote → need: yes;
 * - a date or deadline ("antes del viernes", "este trimestre", "by end of Q1") → timeline;
 * - an amount with a currency said to be a budget ("20.000 € aprobados") → budget;
 * - "I decide", "lo aprueba el consejo" → authority.
 *
 * Nothing is stored from here: the panel shows each suggestion beside its question and
 * only the one the rep accepts becomes an answer, its note the sentence cut to 200
 * characters.
 */
export interface AnswerSuggestion {
  questionId: string;
  value: AnswerValue;
  /** The sentence that supports it, at most NOTE_MAX characters. */
  sentence: string;
}

export const NOTE_MAX = 200;

export const QUOTE_REQUEST =
  /\b(?:presupuesto para|(?:pedir|pido|solicitar|solicito|enviar|enviarnos|enviad|envi[aá]is|mandar|mandarnos|mandadnos|mand[aá]is|pasar|pasarnos|pasadnos|pas[aá]is|necesitamos|necesito|queremos|quiero|quisiera|querr[ií]a|querr[ií]amos|me gustar[ií]a|nos gustar[ií]a|hacer|hacernos)\b.{0,40}\b(?:presupuesto|propuesta|oferta|cotizaci[oó]n)|(?:request|send|need|needs|want|would like|looking for|get|ask for|asking for|prepare)\b.{0,40}\b(?:quote|quotation|proposal|pricing|estimate)|\brfp\b|request for proposal)/i;

const THIS_QUARTER =
  /\b(?:antes del? (?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|fin de mes|final de mes|d[ií]a \d{1,2})|esta semana|la semana que viene|la pr[oó]xima semana|este mes|este trimestre|cuanto antes|urgente|by (?:monday|tuesday|wednesday|thursday|friday|the end of (?:the )?(?:week|month))|before (?:monday|tuesday|wednesday|thursday|friday)|this week|next week|this month|this quarter|asap|as soon as possible|urgent)\b/i;
const SIX_MONTHS =
  /\b(?:(?:by|before) (?:the )?end of q[1-4]|next quarter|el pr[oó]ximo trimestre|(?:antes de|para) (?:el )?(?:verano|oto[nñ]o|primavera|invierno)|(?:before|by) (?:the )?(?:summer|autumn|fall|spring|winter)|(?:en|within|in) (?:los pr[oó]ximos )?(?:tres|cuatro|cinco|seis|3|4|5|6) (?:meses|months)|antes de (?:que acabe|final de|fin de) q[1-4])\b/i;
const THIS_YEAR =
  /\b(?:este a[nñ]o|antes de (?:final|fin) de a[nñ]o|this year|by (?:the )?end of (?:the )?year|before (?:the )?year end)\b/i;

/** "20.000 €", "€20,000", "20k€", "15.000 euros", "$5,000". */
const AMOUNT =
  /(?:(?:€|\$|£)\s?(\d{1,3}(?:[.,\s]\d{3})+|\d+)(k)?|(\d{1,3}(?:[.,\s]\d{3})+|\d+)\s?(k)?\s?(?:€|eur\b|euros\b|\$|usd\b|£|gbp\b))/i;
const BUDGET_WORDS =
  /\b(?:presupuesto|partida|aprobad[oa]s?|asignad[oa]s?|disponemos|contamos con|tenemos|budget|approved|allocated|set aside|we have)\b/i;
const APPROVED = /\b(?:aprobad[oa]s?|asignad[oa]s?|approved|allocated|set aside)\b/i;

const DECIDES =
  /\b(?:decido yo|la decisi[oó]n es m[ií]a|lo decido|firmo yo|soy (?:el|la) (?:due[nñ]o|due[nñ]a|gerente|propietari[oa])|i decide|i(?:'m| am) the (?:one who decides|decision maker|owner)|the decision is mine|i sign off|i make the call)\b/i;
const ACCESS =
  /\b(?:lo aprueba el consejo|(?:lo|la) tiene que aprobar|tengo que consultarlo|lo decide (?:mi jefe|mi jefa|el consejo|la direcci[oó]n|el gerente)|lo aprueba (?:mi jefe|mi jefa|la direcci[oó]n|el gerente)|the board (?:approves|decides|signs off)|needs? (?:board|management) approval|my (?:boss|manager|ceo) (?:decides|approves|signs)|i(?:'ll| will) (?:need to )?(?:check|run it) (?:with|by) (?:my|the))\b/i;

function amountOf(m: RegExpExecArray): number | null {
  const digits = (m[1] ?? m[3] ?? '').replace(/[.,\s]/g, '');
  const n = Number(digits);
  if (!Number.isFinite(n) || n <= 0) return null;
  return m[2] || m[4] ? n * 1000 : n;
}

const hasOption = (q: Question, id: string) =>
  q.kind === 'choice' && q.options.some((o) => o.id === id);

/** The answer a sentence suggests for `q`, when it says something `q` asks. */
function suggestionFor(q: Question, s: string): AnswerValue | null {
  switch (q.group) {
    case 'need':
      return q.kind === 'yesno' && q.positive === 'yes' && QUOTE_REQUEST.test(s) ? 'yes' : null;
    case 'timeline': {
      const id = THIS_QUARTER.test(s)
        ? 'this-quarter'
        : SIX_MONTHS.test(s)
          ? 'six-months'
          : THIS_YEAR.test(s)
            ? 'this-year'
            : null;
      return id && hasOption(q, id) ? id : null;
    }
    case 'budget': {
      const m = AMOUNT.exec(s);
      if (!m || !BUDGET_WORDS.test(s)) return null;
      if (q.kind === 'number') {
        const euros = /€|eur/i.test(m[0]);
        return euros && /^(?:eur|€)$/i.test(q.unit) ? amountOf(m) : null;
      }
      const id = APPROVED.test(s) ? 'allocated' : 'path';
      return hasOption(q, id) ? id : null;
    }
    case 'authority': {
      const id = DECIDES.test(s) ? 'contact-decides' : ACCESS.test(s) ? 'access' : null;
      return id && hasOption(q, id) ? id : null;
    }
    default:
      return null;
  }
}

/** One suggestion per question (the first supporting sentence), unanswered questions only. */
export function suggestAnswers(
  sentences: readonly string[],
  framework: Framework,
  answered: ReadonlySet<string> = new Set(),
): AnswerSuggestion[] {
  const out: AnswerSuggestion[] = [];
  for (const q of framework.questions) {
    if (answered.has(q.id)) continue;
    for (const s of sentences) {
      const value = suggestionFor(q, s);
      if (value === null) continue;
      const sentence = s.length > NOTE_MAX ? `${s.slice(0, NOTE_MAX - 1).trimEnd()}…` : s;
      out.push({ questionId: q.id, value, sentence });
      break;
    }
  }
  return out;
}
