import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgeConstraint } from '../../src/core/alignment/judgeConstraint.js';
import { stemWord } from '../../src/core/alignment/stemWord.js';
import { STAGES } from './support.js';

const constraint = { stage: 'Reproduction', names: ['repro', 'reproducing bugs'] };
const others = STAGES.filter((s) => s !== 'Reproduction').map((stage) => ({ stage, names: [] }));
const judge = (answer: string) => judgeConstraint(answer, constraint, others);

test('the constraint is recognised in any case, plural, inflection, alias or with a typo', () => {
  for (const answer of [
    'Reproduction',
    'REPRODUCTIONS',
    'reprodcution',
    'Reproductoin, I think',
    'the repro step',
    'reproducing bugs',
  ]) {
    assert.equal(judge(answer).verdict, 'right', answer);
  }
});

test('a denied constraint does not count, and the stage named instead is reported', () => {
  assert.deepEqual(judge('It is not Reproduction, it is Triage'), {
    verdict: 'wrong',
    named: ['Triage'],
    denied: ['Reproduction'],
  });
  assert.equal(judge('Triage, not Reproduction').verdict, 'wrong');
  assert.equal(judge("Reproduction isn't the constraint").verdict, 'none');
  assert.equal(judge('reproduction is not it').verdict, 'none');
  assert.equal(judge('I dont know').verdict, 'none');
});

test('the longer stage name wins: "Fix Review" is not also "Fix"; short names need an exact match', () => {
  assert.deepEqual(judge('fix review').named, ['Fix Review']);
  assert.deepEqual(judge('Fix').named, ['Fix']);
  assert.deepEqual(judge('mix').named, []);
});

test("the Porter stemmer gives the paper's results", () => {
  const examples: Record<string, string> = {
    caresses: 'caress',
    ponies: 'poni',
    agreed: 'agre',
    hopping: 'hop',
    filing: 'file',
    happy: 'happi',
    relational: 'relat',
    generalizations: 'gener',
    oscillators: 'oscil',
    hopefulness: 'hope',
    adjustment: 'adjust',
    controll: 'control',
    releasing: 'releas',
  };
  for (const [word, stem] of Object.entries(examples)) assert.equal(stemWord(word), stem, word);
});
