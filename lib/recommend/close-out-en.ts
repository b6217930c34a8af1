import type { CloseOutTemplates } from './templates';

/** Close-out notes: polite, short, honest about the reason, and leaving the door open. */
export const CLOSE_OUT_EN: CloseOutTemplates = {
  greeting: ({ firstName }) => (firstName ? `Hi ${firstName},` : 'Hi,'),
  body(reason, { company }, { tech }) {
    switch (reason) {
      case 'outside-industry':
        return `Thank you for your time. We focus on a few industries, and right now we could not help ${company ?? 'you'} as well as you deserve.`;
      case 'too-small':
        return company
          ? `What we offer pays off for larger teams than the one at ${company} today, so I would rather not take more of your time now.`
          : 'What we offer pays off for larger teams than yours today, so I would rather not take more of your time now.';
      case 'too-large':
        return company
          ? `We are built for smaller teams than the one at ${company}, so we would not be the right partner today.`
          : 'We are built for smaller teams than yours, so we would not be the right partner today.';
      case 'outside-territory':
        return company
          ? `We cannot yet support companies like ${company} in your region as well as we would like.`
          : 'We cannot yet support your region as well as we would like.';
      case 'no-need':
        return company
          ? `From what you told me, ${company} does not need to solve this right now, and that is good news.`
          : 'From what you told me, this is not something you need to solve right now, and that is good news.';
      case 'no-budget':
        return company
          ? `I understand there is no budget for this at ${company} right now, and no clear way to get one.`
          : 'I understand there is no budget for this right now, and no clear way to get one.';
      case 'no-authority':
        return company
          ? `I understand the decision at ${company} sits with someone we cannot reach yet, so I will not push for now.`
          : 'I understand the decision sits with someone we cannot reach yet, so I will not push for now.';
      case 'no-timeline':
        return company
          ? `I understand ${company} has no date to tackle this yet, so I will not fill your inbox in the meantime.`
          : 'I understand there is no date to tackle this yet, so I will not fill your inbox in the meantime.';
      case 'competitor-or-partner': {
        const what = tech ?? 'a solution in our space';
        return company
          ? `I see ${company} already works with ${what}, and switching now would not make sense.`
          : `I see you already work with ${what}, and switching now would not make sense.`;
      }
      case 'student-or-personal':
        return 'Thank you for reaching out. We only work with companies, so we are not the right fit for a personal project; do get in touch again if you need us for a company.';
      case 'unreachable':
        return 'I have not been able to reach you, so I will stop writing for now.';
      case 'missing-technology': {
        const what = tech ?? 'a tool';
        return company
          ? `What we do builds on ${what}, which ${company} does not use today, so we would not be a good fit yet.`
          : `What we do builds on ${what}, which you do not use today, so we would not be a good fit yet.`;
      }
      case 'wrong-role':
        return `Thank you for your time. I think someone else at ${company ?? 'your company'} would be the right person to talk to about this, so I will not take more of your time.`;
      case 'other':
        return 'Thank you for your time. It does not look like a good fit right now, so I will not take more of your time.';
    }
  },
  revisit: (monthYear) => `I will check back around ${monthYear}, in case things have changed.`,
  signOff: 'All the best.',
};
