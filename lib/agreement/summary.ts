// Agreement per variable, for all units or a group of them (a coder pair, a quarter): nominal alpha with its
// bootstrap interval, span-overlap F1 with its interval (articles resampled), and the number of units. Pure.
import { bootstrapInterval, type Interval } from "./bootstrap";
import { alphaOfPrepared, prepareNominal, type PreparedUnit } from "./krippendorff";
import { spanF1 } from "./spans";
import type { ReliabilityUnitRow, SpanUnitRow } from "./units";

export interface VariableAgreement {
  variable: string;
  /** "alpha" (nominal Krippendorff's alpha) or "spanF1" (span-overlap F1). */
  measure: "alpha" | "spanF1";
  value: number | null;
  interval: Interval | null;
  /** Units the value rests on: pairable units for alpha, articles for span F1. */
  units: number;
  /** Units where the two codings differ (for spans: quotes only one coder marked). */
  disagreements: number;
}

export const SPANS = "spans";

export function agreementOf(
  units: readonly ReliabilityUnitRow[],
  spans: readonly SpanUnitRow[],
  variables: readonly string[],
): VariableAgreement[] {
  const rows: VariableAgreement[] = [];
  if (spans.length > 0) {
    rows.push({
      variable: SPANS,
      measure: "spanF1",
      value: spanF1(spans),
      interval: bootstrapInterval(spans, spanF1),
      units: spans.length,
      disagreements: spans.reduce((sum, span) => sum + span.onlyA + span.onlyB, 0),
    });
  }
  for (const variable of variables) {
    const values = units.filter((unit) => unit.variable === variable).map((unit) => [unit.a, unit.b]);
    if (values.length === 0) continue;
    const prepared = prepareNominal(values);
    const alphaOf = (sample: readonly PreparedUnit[]) => alphaOfPrepared(sample, prepared.categories);
    rows.push({
      variable,
      measure: "alpha",
      value: alphaOf(prepared.units),
      interval: bootstrapInterval(prepared.units, alphaOf),
      units: values.length,
      disagreements: values.filter(([a, b]) => a !== b).length,
    });
  }
  return rows;
}

/** Groups of units by a key (the coder pair, the quarter), in key order. */
export function groupsBy<K extends "pair" | "quarter">(
  units: readonly ReliabilityUnitRow[],
  spans: readonly SpanUnitRow[],
  key: K,
): { key: string; units: ReliabilityUnitRow[]; spans: SpanUnitRow[] }[] {
  const keys = [...new Set(spans.map((span) => span[key]))].sort();
  return keys.map((value) => ({
    key: value,
    units: units.filter((unit) => unit[key] === value),
    spans: spans.filter((span) => span[key] === value),
  }));
}
