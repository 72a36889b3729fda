import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildScoringModel } from '../../src/core/alignment/buildScoringModel.js';
import { scoreAnswer } from '../../src/core/alignment/scoreAnswer.js';
import { answers } from './support.js';

// The method on a statement it was not tuned on: a sales pipeline whose constraint is legal
// review, with paraphrases, answers using the right words in the wrong sense, and answers
// naming the wrong stage. The figures are quoted in docs/alignment-audit.md ("Measured").
const model = buildScoringModel({
  statement:
    "Legal review is the constraint on closing deals. Protect legal review's time: sales sends only contracts that are complete and approved. Keep a small queue of ready contracts so legal review never waits. Sales starts new negotiations at the pace legal review can absorb, not faster.",
  constraint: 'Legal Review',
  aliases: ['legal', 'the lawyers'],
  keyPoints: [],
  stages: ['Prospecting', 'Demo', 'Negotiation', 'Legal Review', 'Signature', 'Onboarding'],
});

const PARAPHRASES = [
  'Legal is the bottleneck for closing deals. We only send them complete, approved contracts so their time is protected, we keep a small queue of ready contracts so the lawyers are never waiting, and we open new negotiations only as fast as legal can absorb them.',
  'Sales must not start negotiations faster than legal review can take them. A queue of ready contracts sits in front of legal so it never waits, and only approved, complete contracts go to legal.',
  "Deals close at the lawyers' pace. Protect their time: nothing incomplete or unapproved goes to them. Keep a few ready contracts queued so they never sit idle. Start new negotiations at their pace.",
  'Our constraint is legal review. We keep it supplied with a small buffer of ready contracts, send only complete approved contracts, and pace new negotiations to what legal can absorb.',
  'Protecting legal review time is the strategy: approved and complete contracts only, a small ready queue before legal, negotiations started at the rate legal absorbs.',
];
const CONSTRAINT_NAMES = ['legal review', 'Legal', 'the lawyers', 'Legal reveiw', 'legal reviews'];

const WRONG_SENSE = [
  'Sales should start as many new negotiations as possible and push every contract to legal review straight away, complete or not.',
  'We do not need to protect legal review time; legal review can wait, the queue of ready contracts is not needed.',
  'Maximise the utilisation of every team so everyone is busy, including legal review.',
  'Start more negotiations faster than before so legal always has more contracts.',
  'Improve every stage of the sales process at once: demos, negotiation, legal review and onboarding.',
];

test('paraphrases of the sales statement score at least 0.8, the constraint named by alias or with a typo', () => {
  PARAPHRASES.forEach((text, i) => {
    const s = scoreAnswer(model, answers(CONSTRAINT_NAMES[i]!, text));
    assert.equal(s.constraint.verdict, 'right', CONSTRAINT_NAMES[i]);
    assert.deepEqual(s.misuses, [], text);
    assert.ok(s.score >= 0.8, `${s.score}: ${text}`);
  });
});

test('answers using its words in the wrong sense are all flagged and score below 0.5', () => {
  for (const text of WRONG_SENSE) {
    const s = scoreAnswer(model, answers('Legal Review', text));
    assert.ok(s.misuses.length > 0, `not flagged: ${text}`);
    assert.ok(s.score < 0.5, `${s.score}: ${text}`);
  }
});

test('naming another stage, or denying the constraint, scores 0 and says which stage was named', () => {
  const cases: [string, string, string[]][] = [
    [
      'Negotiation',
      'Negotiation is where deals get stuck so we should hire more negotiators.',
      ['Negotiation'],
    ],
    ['Prospecting', 'We need more leads at the top of the funnel.', ['Prospecting']],
    ['not legal review, it is signature', 'Signatures take too long.', ['Signature']],
  ];
  for (const [constraint, text, named] of cases) {
    const s = scoreAnswer(model, answers(constraint, text));
    assert.equal(s.constraint.verdict, 'wrong');
    assert.deepEqual(s.constraint.named, named);
    assert.equal(s.score, 0);
  }
});
