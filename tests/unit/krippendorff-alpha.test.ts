// Nominal Krippendorff's alpha against published values, and properties any alpha must have.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  alphaOfPrepared,
  coincidences,
  nominalAlpha,
  prepareNominal,
  type ReliabilityUnit,
} from "@/lib/agreement/krippendorff";
import { bootstrapInterval } from "@/lib/agreement/bootstrap";

function defined<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error("expected a value");
  return value;
}

/** Coders as rows (as the papers print them), turned into units as columns; "." is a missing value. */
function unitsFromRows(rows: string[]): ReliabilityUnit[] {
  const cells = rows.map((row) => row.trim().split(/\s+/));
  return cells[0].map((_, u) => cells.map((row) => (row[u] === "." ? null : row[u])));
}

describe("nominal alpha, published examples", () => {
  it("Krippendorff (2011) section C: 4 coders, 12 units, missing values → 0.743", () => {
    // "Computing Krippendorff's Alpha-Reliability", C. Nominal data, any number of observers, missing data.
    // The same data are irr::kripp.alpha's example (method = "nominal" gives 0.743).
    const units = unitsFromRows([
      "1 2 3 3 2 1 4 1 2 . . .",
      "1 2 3 3 2 2 4 1 2 5 . 3",
      ". 3 3 3 2 3 4 2 2 5 1 .",
      "1 2 3 3 2 4 4 1 2 5 1 .",
    ]);
    const result = nominalAlpha(units);
    expect(result.alpha).toBeCloseTo(0.743, 3);
    // Unit 12 has one value only: not pairable. The paper's n = 40 pairable values.
    expect(result.pairableUnits).toBe(11);
    expect(result.pairableValues).toBe(40);
  });

  it("reproduces the paper's coincidence matrix for that example (o_11 = 7, marginals 9 13 10 5 3)", () => {
    const units = unitsFromRows([
      "1 2 3 3 2 1 4 1 2 . . .",
      "1 2 3 3 2 2 4 1 2 5 . 3",
      ". 3 3 3 2 3 4 2 2 5 1 .",
      "1 2 3 3 2 4 4 1 2 5 1 .",
    ]);
    const matrix = coincidences(units);
    expect(matrix.get("1")?.get("1")).toBeCloseTo(7, 10);
    expect(matrix.get("1")?.get("2")).toBeCloseTo(4 / 3, 10);
    expect(matrix.get("5")?.get("5")).toBeCloseTo(3, 10);
    const marginal = (c: string) => [...defined(matrix.get(c)).values()].reduce((sum, value) => sum + value, 0);
    expect(["1", "2", "3", "4", "5"].map(marginal).map((n) => Number(n.toFixed(10)))).toEqual([9, 13, 10, 5, 3]);
  });

  it("Wikipedia's example: 3 coders, 15 units, many missing values → 0.691", () => {
    // en.wikipedia.org "Krippendorff's alpha", section "A computational example" (nominal α = 0.691).
    const units = unitsFromRows([
      ". . . . . 3 4 1 2 1 1 3 3 . 3",
      "1 . 2 1 3 3 4 3 . . . . . . .",
      ". . 2 1 3 4 4 . 2 1 1 3 3 . 4",
    ]);
    expect(nominalAlpha(units).alpha).toBeCloseTo(0.691, 3);
  });

  it("Krippendorff (2011) section B: 2 coders, 12 units, nominal → 0.692", () => {
    const units = unitsFromRows(["a a b b d c c c e d d a", "b a b b b c c c e d d d"]);
    expect(nominalAlpha(units).alpha).toBeCloseTo(0.692, 3);
  });

  it("Krippendorff (2011) section A: 2 coders, binary → 0.095", () => {
    const units = unitsFromRows(["0 1 0 0 0 0 0 0 1 0", "1 1 1 0 0 1 0 0 0 0"]);
    expect(nominalAlpha(units).alpha).toBeCloseTo(0.095, 3);
  });
});

describe("nominal alpha, edge cases", () => {
  it("is undefined without variation or without pairable values", () => {
    expect(
      nominalAlpha([
        ["x", "x"],
        ["x", "x"],
      ]).alpha,
    ).toBeNull();
    expect(
      nominalAlpha([
        ["x", null],
        [null, "y"],
      ]).alpha,
    ).toBeNull();
    expect(nominalAlpha([]).alpha).toBeNull();
  });

  it("falls below zero when coders disagree systematically", () => {
    expect(
      nominalAlpha([
        ["a", "b"],
        ["b", "a"],
        ["a", "b"],
        ["b", "a"],
      ]).alpha ?? 1,
    ).toBeLessThan(0);
  });
});

const category = fc.constantFrom("treaty", "declaration", "unclear", "none");

describe("nominal alpha, properties", () => {
  it("perfect agreement gives 1, whatever the coders, units and missing values", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(category, fc.integer({ min: 2, max: 5 }), fc.integer({ min: 0, max: 3 })), {
          minLength: 2,
          maxLength: 40,
        }),
        (rows) => {
          // Each unit: its one value given by `coders` coders, plus some coders who gave none.
          const units = rows.map(([value, coders, missing]) => [
            ...Array<string>(coders).fill(value),
            ...Array<null>(missing).fill(null),
          ]);
          fc.pre(new Set(rows.map(([value]) => value)).size >= 2);
          expect(nominalAlpha(units).alpha).toBeCloseTo(1, 12);
        },
      ),
    );
  });

  it("does not depend on the order of units or of coders within a unit", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.option(category), { minLength: 2, maxLength: 4 }), { maxLength: 30 }),
        (units) => {
          const reordered = [...units].reverse().map((unit) => [...unit].reverse());
          const a = nominalAlpha(units).alpha;
          const b = nominalAlpha(reordered).alpha;
          if (a === null) expect(b).toBeNull();
          else expect(b).toBeCloseTo(a, 10);
        },
      ),
    );
  });

  it("the bootstrap's prepared form gives the same alpha as the coincidence matrix", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.option(category), { minLength: 2, maxLength: 4 }), { maxLength: 30 }),
        (units) => {
          const { units: prepared, categories } = prepareNominal(units);
          const expected = nominalAlpha(units).alpha;
          const actual = alphaOfPrepared(prepared, categories);
          if (expected === null) expect(actual).toBeNull();
          else expect(actual).toBeCloseTo(expected, 10);
        },
      ),
    );
  });

  it("never exceeds 1", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.option(category), { minLength: 2, maxLength: 4 }), { maxLength: 30 }),
        (units) => {
          const { alpha } = nominalAlpha(units);
          if (alpha !== null) expect(alpha).toBeLessThanOrEqual(1 + 1e-12);
        },
      ),
    );
  });
});

describe("bootstrap interval", () => {
  const units = unitsFromRows([
    "1 2 3 3 2 1 4 1 2 . . .",
    "1 2 3 3 2 2 4 1 2 5 . 3",
    ". 3 3 3 2 3 4 2 2 5 1 .",
    "1 2 3 3 2 4 4 1 2 5 1 .",
  ]);
  const alphaOf = (sample: readonly ReliabilityUnit[]) => nominalAlpha(sample).alpha;

  it("is the same for the same seed and brackets the estimate", () => {
    const first = defined(bootstrapInterval(units, alphaOf, { seed: 7 }));
    const second = bootstrapInterval(units, alphaOf, { seed: 7 });
    expect(second).toEqual(first);
    expect(first.lower).toBeLessThan(0.743);
    expect(first.upper).toBeGreaterThan(0.743);
    expect(first.upper).toBeLessThanOrEqual(1);
    expect(first.resamples).toBeGreaterThan(900);
  });

  it("changes with the seed and narrows as the data grow", () => {
    const small = defined(bootstrapInterval(units, alphaOf, { seed: 1 }));
    expect(bootstrapInterval(units, alphaOf, { seed: 2 })).not.toEqual(small);
    const large = defined(bootstrapInterval([...units, ...units, ...units, ...units], alphaOf, { seed: 1 }));
    expect(large.upper - large.lower).toBeLessThan(small.upper - small.lower);
  });

  it("is null without units", () => {
    expect(bootstrapInterval([], alphaOf)).toBeNull();
  });
});
