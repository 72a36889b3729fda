import { quantile } from './quantile.js';

/** Distribution summary of a sample, in the sample's unit. */
export interface Summary {
  count: number;
  mean: number;
  median: number;
  p85: number;
  p95: number;
}

/** Summarises values (sorted in place); an empty sample gives count 0 and NaN elsewhere. */
export function summarize(values: Float64Array): Summary {
  values.sort();
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return {
    count: values.length,
    mean: values.length ? sum / values.length : Number.NaN,
    median: quantile(values, 0.5),
    p85: quantile(values, 0.85),
    p95: quantile(values, 0.95),
  };
}
