import type { AuditDefinition } from '../../src/core/alignment/AuditDefinition.js';
import type { SurveyAnswers } from '../../src/core/alignment/SurveyAnswers.js';

/** The stages of the simulated support desk gt-1002, whose constraint is Reproduction. */
export const STAGES = [
  'Triage',
  'Reproduction',
  'Investigation',
  'Fix',
  'Fix Review',
  'Customer Confirmation',
  'Knowledge Base',
];

export const STATEMENT = `Reproduction is our constraint. We never let Reproduction starve: keep a buffer of ready tickets in front of it. Release new tickets only at Reproduction's pace. Subordinate everything else to Reproduction, even if other teams sit idle.`;

export const DEFINITION: AuditDefinition = {
  statement: STATEMENT,
  constraint: 'Reproduction',
  aliases: ['repro'],
  keyPoints: [],
  stages: STAGES,
};

export const answers = (
  constraint: string,
  strategy: string,
  success = '',
  contribution = '',
): SurveyAnswers => ({ constraint, strategy, success, contribution });

/** Three respondents: right, partly right, wrong (also used by the e2e test). */
export const RIGHT = answers(
  'Reproduction',
  'The repro stage sets our pace, so we hold a queue of tickets ready before it and it should never be waiting for work.',
  'Tickets enter only as fast as reproduction can take them; other teams follow its rhythm even when they are not busy.',
  'I triage tickets so the reproduction buffer never runs empty.',
);
export const PARTLY = answers(
  'reproduction',
  'Reproduction is the bottleneck so we must keep it supplied with tickets.',
  'Close more tickets than last quarter.',
  'I fix bugs.',
);
export const WRONG = answers(
  'Triage',
  'Maximise utilisation everywhere so every team is busy, and release more tickets so nobody waits.',
  'Each team closes more tickets.',
  'We keep our people busy.',
);
