import assert from 'node:assert/strict';
import { test } from 'node:test';
import { segmentMeans } from '../../src/core/changes/segmentMeans.js';

const opts = { sigma: 1, penalty: 4 * Math.log(40), minSegment: 4 };

test('finds the one step in a series that steps once', () => {
  const series = Array.from({ length: 40 }, (_, i) => (i < 25 ? 10 : 14) + (i % 2 ? 0.5 : -0.5));
  assert.deepEqual(segmentMeans(series, opts), [25]);
});

test('finds both steps of an up-then-down series', () => {
  const series = Array.from({ length: 40 }, (_, i) => (i >= 12 && i < 28 ? 20 : 10));
  assert.deepEqual(segmentMeans(series, opts), [12, 28]);
});

test('reports nothing on a flat series with noise below the penalty', () => {
  const series = Array.from({ length: 40 }, (_, i) => 10 + Math.sin(i * 1.7));
  assert.deepEqual(segmentMeans(series, opts), []);
});

test('never cuts a segment shorter than the minimum', () => {
  const series = Array.from({ length: 40 }, (_, i) => (i === 20 || i === 21 ? 50 : 10));
  for (const cut of segmentMeans(series, opts)) {
    assert.ok(cut >= 4 && cut <= 36, String(cut));
  }
  assert.deepEqual(segmentMeans([1, 2, 3], opts), []);
});
