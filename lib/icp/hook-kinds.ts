/**
 * The situations a recommendation can open with. The vocabulary lives with the ICP, not
 * with lib/recommend, because each problem the team solves declares which of these it
 * answers best — the ICP file must be valid without the recommender.
 */
export const HOOK_KINDS = [
  'hiring-role',
  'hiring-active',
  'headcount-growth',
  'new-location',
  'recent-change',
  'tech-fit',
  'tech-gap',
  'competitor-switch',
  'recorded-pain',
  'role-department',
  'size-stage',
  'industry-proof',
  'urgency-stated',
  'budget-stated',
] as const;
export type HookKind = (typeof HOOK_KINDS)[number];
