import type { Department } from '../model/vocab';
import { DEPARTMENT_LABELS } from '../icp/vocab-labels';
import type { HookData, InboundDeadline, InboundRequest } from '../model/advice';
import type { AngleTemplates, RequestTemplates, TextContext } from './templates';
import { formatBand, formatCount, joinList, lowerFirst } from './text-helpers';

const CONCERN: Record<Department, string> = {
  sales: 'you live with how quickly a new lead turns into a meeting',
  marketing: 'you see how many of your leads sales actually works',
  engineering: 'you are the one asked to glue the tools together',
  operations: 'you see every manual step the team repeats',
  finance: 'you see what every slow process costs',
  hr: 'you see how long new people take to get up to speed',
  it: 'you are the one asked to glue the tools together',
  legal: 'you review every new tool before it is bought',
  purchasing: 'you compare every tool the team asks to buy',
  product: 'you hear what customers need before anyone else',
  support: 'you hear first when customers wait too long',
  'general-management': 'you carry the growth targets for the whole company',
  other: 'you see first-hand where the team loses time',
};

const list = (items: readonly string[]) => joinList(items, 'en');

function observe(h: HookData, { company }: TextContext, problem: string | null): string {
  switch (h.kind) {
    case 'hiring-role': {
      const roles = `the ${list(h.roles)} ${h.roles.length > 1 ? 'roles' : 'role'}`;
      return company
        ? `I saw that ${company} is hiring for ${roles}.`
        : `I saw you are hiring for ${roles}.`;
    }
    case 'hiring-active':
      return company ? `I saw that ${company} is hiring.` : 'I saw that your team is hiring.';
    case 'headcount-growth':
      if (h.growthPct !== null)
        return `${company ?? 'Your team'} has grown by ${formatCount('en', h.growthPct)}% recently.`;
      return `${company ? `${company} has` : 'You have'} ${formatCount('en', h.openRoles ?? 0)} open roles at once, which usually means fast growth.`;
    case 'new-location':
      return `Congratulations on the news: “${h.event}”.`;
    case 'recent-change':
      return company
        ? `I read the news about ${company}: “${h.event}”.`
        : `I read your news: “${h.event}”.`;
    case 'tech-fit':
      return company
        ? `I noticed ${company} already works with ${h.tech}.`
        : `I noticed you already work with ${h.tech}.`;
    case 'tech-gap': {
      const site = `I had a look at ${company ? `the ${company} website` : 'your website'}: it runs ${list(h.uses)}`;
      return problem
        ? `${site}, and teams set up like that often struggle with ${problem}.`
        : `${site}.`;
    }
    case 'competitor-switch':
      return company ? `I see ${company} uses ${h.tech}.` : `I see you use ${h.tech}.`;
    case 'recorded-pain':
      // The note may come from a referral or the rep's research, not from the prospect.
      return `From what I understand, what matters most to you right now is ${problem ?? 'this'}.`;
    case 'role-department': {
      const concern = CONCERN[h.department ?? 'other'];
      if (h.title) return `As ${h.title}, ${concern}.`;
      return `In ${DEPARTMENT_LABELS.en[h.department ?? 'other']}, ${concern}.`;
    }
    case 'size-stage': {
      if (h.min === null && h.max === null)
        return `${company ?? 'Your company'} was founded in ${h.founded ?? ''}, and the first years are when processes get set.`;
      const band = formatBand('en', h.min, h.max);
      const people = h.min === 1 && h.max === 1 ? 'person' : 'people';
      return company
        ? `With ${band} ${people}, ${company} is at the size where ad-hoc processes start to break.`
        : `With a team of ${band} ${people}, ad-hoc processes start to break.`;
    }
    case 'industry-proof':
      return `We work with other companies in ${h.industry}.`;
    case 'urgency-stated':
      return `You said the timing is clear: ${lowerFirst(h.label.en)}.`;
    case 'budget-stated':
      if (h.level === 'amount') return `You mentioned a budget of around ${h.label.en}.`;
      return h.level === 'allocated'
        ? 'You mentioned there is budget set aside for this.'
        : 'You mentioned there is a clear way to get budget for this.';
  }
}

function headline(h: HookData): string {
  switch (h.kind) {
    case 'hiring-role':
      return `Hiring: ${list(h.roles)}`;
    case 'hiring-active':
      return 'Hiring now';
    case 'headcount-growth':
      return h.growthPct !== null
        ? `Team up ${formatCount('en', h.growthPct)}%`
        : `${formatCount('en', h.openRoles ?? 0)} open roles`;
    case 'new-location':
      return `New location: ${h.event}`;
    case 'recent-change':
      return `Recent news: ${h.event}`;
    case 'tech-fit':
      return `Already on ${h.tech}`;
    case 'tech-gap':
      return `Runs ${list(h.uses)}`;
    case 'competitor-switch':
      return `Uses ${h.tech} today`;
    case 'recorded-pain':
      return 'The pain they told you about';
    case 'role-department':
      return h.title ?? `Team: ${DEPARTMENT_LABELS.en[h.department ?? 'other']}`;
    case 'size-stage':
      return h.min === null && h.max === null
        ? `Founded ${h.founded ?? ''}`
        : `Team of ${formatBand('en', h.min, h.max)}`;
    case 'industry-proof':
      return `Industry: ${h.industry}`;
    case 'urgency-stated':
      return `Timing: ${lowerFirst(h.label.en)}`;
    case 'budget-stated':
      return h.level === 'amount' ? `Budget: ${h.label.en}` : 'Budget in view';
  }
}

const DAY_NAMES: Partial<Record<InboundDeadline, string>> = {
  monday: 'Monday',
  tuesday: 'Tuesday',
  wednesday: 'Wednesday',
  thursday: 'Thursday',
  friday: 'Friday',
  saturday: 'Saturday',
  sunday: 'Sunday',
};
const DEADLINES: Partial<Record<InboundDeadline, string>> = {
  'this-week': 'this week',
  'next-week': 'next week',
  'month-end': 'before the end of the month',
  'this-quarter': 'this quarter',
  q1: 'before the end of Q1',
  q2: 'before the end of Q2',
  q3: 'before the end of Q3',
  q4: 'before the end of Q4',
  asap: 'as soon as possible',
};
const deadline = (d: InboundDeadline) =>
  DAY_NAMES[d] ? `before ${DAY_NAMES[d]}` : (DEADLINES[d] ?? '');
const noun = (r: InboundRequest) => (r.kind === 'quote' ? 'quote' : 'proposal');

const REQUEST: RequestTemplates = {
  headline: (r) => `Asked for a ${noun(r)}${r.deadline ? ` ${deadline(r.deadline)}` : ''}`,
  thanks: (r) =>
    `Thank you for asking us for a ${noun(r)}: ${r.deadline ? `you will have it ${deadline(r.deadline)}` : 'I am preparing it now'}.`,
  covers: (_r, problem, { company }) =>
    `In it I will show how we would help ${company ?? 'you'} with ${problem}.`,
  ask: (r) =>
    r.sized
      ? 'If I need anything else to price it, I will ask you before I send it.'
      : 'To price it right I only need one thing: how many people on your team would use it?',
};

export const ANGLE_EN: AngleTemplates = {
  locale: 'en',
  observe,
  headline,
  fallbackObserve: ({ company, firstName }) =>
    company
      ? `I came across ${company} while looking at companies like yours.`
      : firstName
        ? `Thank you for your time, ${firstName}.`
        : 'Thank you for your time.',
  fallbackHeadline: 'First contact',
  ask: (problem, after, { company }) => {
    if (after === 'named')
      return 'Would 20 minutes next week be worth it to see how we would go about it with you?';
    if (problem)
      return after === 'proof'
        ? `Would 20 minutes be worth it to see how we could help you the same way with ${problem}?`
        : `Would 20 minutes be worth it to see how we could help you with ${problem}?`;
    return company
      ? `Would a short call about ${company} make sense next week?`
      : 'Would a short call next week make sense?';
  },
  request: REQUEST,
  nextStep: {
    // The opener already gives the date: the step says what to do, not the date again.
    sendRequest: (r) =>
      `Reply today, then send the ${noun(r)} ${r.deadline ? 'by the date they asked for' : 'as soon as it is ready'}.`,
    stale: (days) =>
      `Re-qualify first: some answers are more than ${formatCount('en', days)} days old.`,
    book: () => 'Propose a 20-minute call and share your booking link.',
    call: () => 'Propose a 20-minute call with two time options.',
    askFirst: (questions) => `Before proposing a meeting, ask: ${questions.join(' ')}`,
    followUp: (hasProof) =>
      hasProof
        ? 'Send the customer example above and follow up in two weeks.'
        : 'Share a short, relevant example and follow up in two weeks.',
  },
};
