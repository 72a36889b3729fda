import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyMetric } from '../../src/core/strategy/classifyMetric.js';

test('activity metrics are named as such, with the words that decided it', () => {
  const examples = [
    'Meetings held per week',
    'Tickets touched',
    'Story points planned per sprint',
    'Pipeline value',
    'Calls made to prospects',
    'Hours logged on client work',
    'Emails sent',
    'Story points delivered',
    'Team velocity',
    'Demos given',
  ];
  for (const name of examples) {
    const c = classifyMetric(name);
    assert.equal(c.kind, 'activity', name);
    assert.ok(c.matched.length > 0, name);
    assert.match(c.why, /effort/, name);
  }
  assert.deepEqual(classifyMetric('Pipeline value').matched, ['pipeline value']);
});

test('outcome metrics are named as such', () => {
  for (const name of [
    'Items completed at QA per week',
    'Throughput of the stream',
    'Lead time p85',
    'Orders shipped on time',
    'Deals won',
    'Tickets resolved',
    'Cycle time in review',
    'Share of days with the buffer in green',
  ]) {
    assert.equal(classifyMetric(name).kind, 'outcome', name);
  }
});

test('busy-ness is efficiency, and the description counts too', () => {
  assert.equal(classifyMetric('Developer utilisation').kind, 'efficiency');
  assert.equal(classifyMetric('Output per head').kind, 'efficiency');
  assert.equal(
    classifyMetric('Weekly target', 'number of meetings held with customers').kind,
    'activity',
  );
});

test('a name that says neither is unclear, and says what is missing', () => {
  const c = classifyMetric('Team happiness');
  assert.equal(c.kind, 'unclear');
  assert.deepEqual(c.matched, []);
  assert.match(c.why, /say what it counts/);
});
