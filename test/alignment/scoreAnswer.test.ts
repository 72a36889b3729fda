import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildScoringModel } from '../../src/core/alignment/buildScoringModel.js';
import { scoreAnswer } from '../../src/core/alignment/scoreAnswer.js';
import { answers, DEFINITION, PARTLY, RIGHT, WRONG } from './support.js';

const model = buildScoringModel(DEFINITION);
const score = (a: ReturnType<typeof answers>) => scoreAnswer(model, a);

test('the statement is cut into its key points, weighted by tf-idf over them', () => {
  assert.deepEqual(
    model.points.map((p) => p.text),
    [
      'Reproduction is our constraint',
      'We never let Reproduction starve',
      'keep a buffer of ready tickets in front of it',
      "Release new tickets only at Reproduction's pace",
      'Subordinate everything else to Reproduction, even if other teams sit idle',
    ],
  );
  // "Reproduction" is in four of five points: it tells them apart least, so it weighs least.
  const pace = model.points[3]!.terms;
  const weightOf = (word: string) => pace.find((t) => t.word === word)?.weight ?? Number.NaN;
  assert.ok(weightOf('reproduction') < weightOf('tickets'));
  assert.ok(weightOf('tickets') < weightOf('pace'));
});

test('a paraphrase in other words and another word order scores high, with every point but the first made', () => {
  const paraphrases = [
    answers(
      'the reprodcution team',
      'Everything else is subordinated to Reproduction. Tickets are released at the pace of reproduction. A buffer of ready tickets sits in front of reproduction so it never starves.',
    ),
    answers(
      'REPRODUCTIONS',
      "We protect the bottleneck: a queue of ready work waits ahead of repro so it is never starved, we admit new tickets only at the drum's rhythm, and the other teams subordinate all their work to repro even when idle.",
    ),
  ];
  for (const a of paraphrases) {
    const s = score(a);
    assert.equal(s.constraint.verdict, 'right');
    assert.deepEqual(s.misuses, []);
    assert.ok(s.score >= 0.8, `score ${s.score} for "${a.strategy}"`);
    assert.deepEqual(
      s.points.slice(1).map((p) => p.matched),
      [true, true, true, true],
    );
  }
});

test('the right words in the wrong sense are flagged and score low', () => {
  const cases = [
    [
      answers(
        'Reproduction',
        'We do not subordinate everything to Reproduction; other teams keep their own pace.',
      ),
      'denied',
    ],
    [
      answers(
        'Reproduction',
        'Release new tickets as fast as possible, faster than the reproduction pace, to keep tickets flowing.',
      ),
      'misconception',
    ],
    [
      answers(
        'Reproduction',
        'Maximise utilisation everywhere: a buffer of ready tickets in front of every team.',
      ),
      'misconception',
    ],
  ] as const;
  for (const [a, kind] of cases) {
    const s = score(a);
    assert.ok(
      s.misuses.some((m) => m.kind === kind),
      `${kind} expected for "${a.strategy}": ${JSON.stringify(s.misuses)}`,
    );
    assert.ok(s.score < 0.5, `score ${s.score} for "${a.strategy}"`);
  }
});

test('a cap is not a denial: "no more than the constraint takes" is not flagged', () => {
  const s = score(
    answers(
      'Reproduction',
      'We release no more tickets than reproduction can take, at its pace, and we do not maximise utilisation everywhere.',
    ),
  );
  assert.deepEqual(s.misuses, []);
  assert.ok(s.points[3]!.matched);
});

test('three respondents: right, partly right and wrong score in that order', () => {
  const [right, partly, wrong] = [RIGHT, PARTLY, WRONG].map(score);
  assert.ok(
    right!.score > partly!.score && partly!.score > wrong!.score,
    `${right!.score} ${partly!.score} ${wrong!.score}`,
  );
  assert.ok(right!.score >= 0.8);
  assert.equal(wrong!.score, 0);
  assert.equal(wrong!.constraint.verdict, 'wrong');
  assert.deepEqual(wrong!.constraint.named, ['Triage']);
  assert.deepEqual(
    wrong!.misuses.map((m) => m.label),
    [
      'Maximise utilisation everywhere',
      'Release more work, faster',
      "Raise every stage's own output",
    ],
  );
  // The partly right answer names the constraint but misses most points, and says which.
  assert.equal(partly!.constraint.verdict, 'right');
  assert.ok(partly!.points.filter((p) => !p.matched).length >= 3);
  assert.deepEqual(partly!.points[3]!.missing, ['release', 'only', 'pace']);
});

test('a key word pushed the other way ("increase" where the statement says "reduce") is flagged', () => {
  const wip = buildScoringModel({
    statement:
      'Review is our constraint. Reduce the work in progress waiting upstream of Review. Cut the batch size of releases.',
    constraint: 'Review',
    aliases: [],
    keyPoints: [],
    stages: ['Build', 'Review', 'Deploy'],
  });
  const turned = scoreAnswer(
    wip,
    answers(
      'Review',
      'We increase the work in progress waiting upstream of review and grow batch sizes.',
    ),
  );
  assert.deepEqual(
    turned.misuses.map((m) => [m.kind, m.point, m.evidence]),
    [
      ['opposite', 1, 'increase … work'],
      ['opposite', 2, 'grow … batch'],
    ],
  );
  assert.ok(turned.score < 0.5);
  // The same points in other words of the same direction: no flag, high score.
  const kept = scoreAnswer(
    wip,
    answers(
      'Review',
      'We lower the work in progress upstream of review and shrink the batch size.',
    ),
  );
  assert.deepEqual(kept.misuses, []);
  assert.ok(kept.score >= 0.8, `${kept.score}`);
});

test('the misreadings are not raised where the clause is about the constraint or rejects them', () => {
  for (const text of [
    'Every team subordinates to Reproduction so we get more throughput out of it.',
    'All teams help Reproduction deliver more tickets.',
    'Every team keeps Reproduction busy with a buffer of ready tickets.',
    'Start work at the pace of Reproduction, no faster.',
    'Everyone should make sure Reproduction is never idle and always has more ready tickets.',
    'Keeping all people busy is wrong; only the utilisation of Reproduction matters.',
  ]) {
    assert.deepEqual(score(answers('Reproduction', text)).misuses, [], text);
  }
});
