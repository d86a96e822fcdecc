// Krippendorff's alpha for nominal data, any number of coders, missing values allowed, computed through the
// coincidence matrix as in Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), section C:
//   o_ck = Σ_u (number of c–k pairs of values in unit u) / (m_u − 1),   n_c = Σ_k o_ck,   n = Σ_c n_c
//   α = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c · n_k
// Units with fewer than two values are not pairable and drop out. Pure: no database, runs anywhere.

/** One unit's values, one per coder; null (or undefined) where that coder gave none. */
export type ReliabilityUnit = readonly (string | number | null | undefined)[];

export interface AlphaResult {
  /** Null when undefined: fewer than two pairable values, or every pairable value the same (no variation). */
  alpha: number | null;
  /** Units with at least two values, the ones the statistic uses. */
  pairableUnits: number;
  /** n: the number of pairable values. */
  pairableValues: number;
  /** Observed disagreement D_o and expected disagreement D_e (both 0–1); alpha = 1 − D_o / D_e. */
  observedDisagreement: number;
  expectedDisagreement: number;
}

/** The coincidence matrix of the units' values: o[c][k] for every pair of categories that occur. */
export function coincidences(units: readonly ReliabilityUnit[]): Map<string, Map<string, number>> {
  const matrix = new Map<string, Map<string, number>>();
  const add = (c: string, k: string, weight: number) => {
    const row = matrix.get(c) ?? new Map<string, number>();
    row.set(k, (row.get(k) ?? 0) + weight);
    matrix.set(c, row);
  };
  for (const unit of units) {
    const values = present(unit);
    if (values.length < 2) continue;
    const weight = 1 / (values.length - 1);
    // Every ordered pair of values from different coders: m_u · (m_u − 1) pairs, each weighted 1 / (m_u − 1).
    for (let i = 0; i < values.length; i++) {
      for (let j = 0; j < values.length; j++) if (i !== j) add(values[i], values[j], weight);
    }
  }
  return matrix;
}

export function nominalAlpha(units: readonly ReliabilityUnit[]): AlphaResult {
  const matrix = coincidences(units);
  const marginals = new Map<string, number>();
  let observed = 0;
  for (const [c, row] of matrix) {
    for (const [k, count] of row) {
      marginals.set(c, (marginals.get(c) ?? 0) + count);
      if (c !== k) observed += count;
    }
  }
  const n = [...marginals.values()].reduce((sum, value) => sum + value, 0);
  const sumOfSquares = [...marginals.values()].reduce((sum, value) => sum + value * value, 0);
  // Σ_{c≠k} n_c · n_k = n² − Σ_c n_c²
  const expected = n * n - sumOfSquares;
  const pairableUnits = units.filter((unit) => present(unit).length >= 2).length;
  const pairableValues = Math.round(n);
  if (n < 2 || expected === 0) {
    return { alpha: null, pairableUnits, pairableValues, observedDisagreement: 0, expectedDisagreement: 0 };
  }
  const observedDisagreement = observed / n;
  const expectedDisagreement = expected / (n * (n - 1));
  return {
    alpha: 1 - observedDisagreement / expectedDisagreement,
    pairableUnits,
    pairableValues,
    observedDisagreement,
    expectedDisagreement,
  };
}

function present(unit: ReliabilityUnit): string[] {
  const values: string[] = [];
  for (const value of unit) if (value !== null && value !== undefined) values.push(String(value));
  return values;
}

/**
 * The same alpha in a form that is cheap to recompute on resamples of the units (the bootstrap draws 1,000):
 * each pairable unit reduced once to its disagreement D_u = (ordered pairs of different values) / (m_u − 1) and
 * its values as category numbers, since Σ_{c≠k} o_ck = Σ_u D_u and n_c counts the pairable values of category c.
 */
export interface PreparedUnit {
  disagreement: number;
  values: number[];
}

export function prepareNominal(units: readonly ReliabilityUnit[]): { units: PreparedUnit[]; categories: number } {
  const index = new Map<string, number>();
  const prepared: PreparedUnit[] = [];
  for (const unit of units) {
    const values = present(unit);
    if (values.length < 2) continue;
    let different = 0;
    for (let i = 0; i < values.length; i++)
      for (let j = 0; j < values.length; j++) if (i !== j && values[i] !== values[j]) different++;
    prepared.push({
      disagreement: different / (values.length - 1),
      values: values.map((value) => {
        if (!index.has(value)) index.set(value, index.size);
        return index.get(value) ?? 0;
      }),
    });
  }
  return { units: prepared, categories: index.size };
}

export function alphaOfPrepared(units: readonly PreparedUnit[], categories: number): number | null {
  const counts = new Float64Array(categories);
  let observed = 0;
  let n = 0;
  for (const unit of units) {
    observed += unit.disagreement;
    for (const value of unit.values) counts[value] = (counts[value] ?? 0) + 1;
    n += unit.values.length;
  }
  let sumOfSquares = 0;
  for (const count of counts) sumOfSquares += count * count;
  const expected = n * n - sumOfSquares;
  if (n < 2 || expected === 0) return null;
  return 1 - ((n - 1) * observed) / expected;
}
