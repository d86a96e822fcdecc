// A percentile bootstrap interval for any statistic of a list of units: draw the units with replacement as many
// times as there are units, compute the statistic on each draw, and take the 2.5th and 97.5th percentiles.
// Units are resampled whole (a quote with all its values), since the values within one unit are not independent.
// The generator is seeded, so the same data always give the same interval (a page and its export agree).
import prand from "pure-rand";

export interface Interval {
  lower: number;
  upper: number;
  /** Draws on which the statistic was defined (a draw without variation has no alpha); the percentiles use these. */
  resamples: number;
}

export interface BootstrapOptions {
  resamples?: number;
  seed?: number;
  /** Coverage of the interval, 0–1. */
  level?: number;
}

export const BOOTSTRAP_RESAMPLES = 1000;
export const BOOTSTRAP_SEED = 18;

/** Null when there are no units or the statistic is undefined on every draw. */
export function bootstrapInterval<T>(
  units: readonly T[],
  statistic: (sample: readonly T[]) => number | null,
  { resamples = BOOTSTRAP_RESAMPLES, seed = BOOTSTRAP_SEED, level = 0.95 }: BootstrapOptions = {},
): Interval | null {
  if (units.length === 0) return null;
  const rng = prand.xoroshiro128plus(seed);
  const values: number[] = [];
  const sample: T[] = new Array<T>(units.length);
  for (let draw = 0; draw < resamples; draw++) {
    // A 32-bit draw scaled to the index: bias below n / 2³², far under the bootstrap's own noise, and several
    // times faster than an exact uniform draw over the million draws of one interval.
    for (let i = 0; i < units.length; i++)
      sample[i] = units[Math.floor(((rng.unsafeNext() >>> 0) * units.length) / 4294967296)];
    const value = statistic(sample);
    if (value !== null && Number.isFinite(value)) values.push(value);
  }
  if (values.length === 0) return null;
  values.sort((a, b) => a - b);
  const tail = (1 - level) / 2;
  return { lower: quantile(values, tail), upper: quantile(values, 1 - tail), resamples: values.length };
}

/** The p-quantile of sorted values with linear interpolation between order statistics (R's default, type 7). */
export function quantile(sorted: readonly number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}
