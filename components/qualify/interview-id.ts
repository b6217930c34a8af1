/**
 * The interview's anchor, the skip link's target. Apart from QualifySection so that the
 * panel's first code can link to it without loading the interview itself.
 */
export const INTERVIEW_ID = 'interview';
