// Strips of positions over time: shifts are marked, an open record that coding rule 10 flags as stale ends at its
// last evidence instead of running to today, and an open record replaced by a later one ends where that one starts.
import { describe, expect, it } from "vitest";
import { buildStrips, type StripRecordInput } from "@/lib/country-stances/strips";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const now = day("2026-11-30");
const china = { code: "CN", name: "China", shortName: "China" };
const instrument = { key: "instrument", label: "Instrument" };
const treaty = { key: "treaty", label: "Peace treaty", color: "#1d4ed8" };
const declaration = { key: "declaration", label: "End-of-war declaration", color: "#15803d" };

function record(overrides: Partial<StripRecordInput> & { id: number }): StripRecordInput {
  return {
    validFrom: day("2018-01-01"),
    validTo: null,
    country: china,
    dimension: instrument,
    position: treaty,
    lastEvidence: null,
    stale: false,
    ...overrides,
  };
}

describe("buildStrips", () => {
  it("marks a change of position as a shift and ends a closed record at its end", () => {
    const strips = buildStrips(
      [
        record({ id: 2, validFrom: day("2019-03-01"), position: declaration, lastEvidence: day("2026-06-01") }),
        record({ id: 1, validTo: day("2019-02-28"), lastEvidence: day("2018-06-01") }),
      ],
      now,
    );
    const strip = strips.get("CN:instrument");
    expect(strip?.segments.map((s) => [s.id, s.shift, s.stale])).toEqual([
      [1, false, false],
      [2, true, false],
    ]);
    expect(strip?.segments[0].to).toEqual(day("2019-02-28"));
    expect(strip?.segments[1].to).toEqual(now);
    expect(strip?.lastEvidence).toEqual(day("2026-06-01"));
  });

  it("draws an open record with evidence over 12 months old as stale, up to its last evidence, never to today", () => {
    const strip = buildStrips([record({ id: 1, lastEvidence: day("2021-09-21"), stale: true })], now).get(
      "CN:instrument",
    );
    expect(strip?.segments[0]).toMatchObject({ stale: true, open: true, to: day("2021-09-21") });
  });

  it("keeps the same position without a shift marker", () => {
    const strip = buildStrips(
      [record({ id: 1, validTo: day("2019-01-01") }), record({ id: 2, validFrom: day("2019-01-02") })],
      now,
    ).get("CN:instrument");
    expect(strip?.segments.map((s) => s.shift)).toEqual([false, false]);
  });
});

describe("an open record followed by another", () => {
  it("ends where the later record starts, is no longer drawn as open, and the later one is the shift", () => {
    const strip = buildStrips(
      [
        record({ id: 1, lastEvidence: day("2026-03-01") }),
        record({ id: 2, validFrom: day("2026-10-01"), position: declaration, lastEvidence: day("2026-10-01") }),
      ],
      now,
    ).get("CN:instrument");
    expect(strip?.segments[0]).toMatchObject({ to: day("2026-10-01"), open: false });
    expect(strip?.segments[1]).toMatchObject({ shift: true, open: true, to: now });
  });

  it("keeps a stale record ending at its last evidence when that is before the change", () => {
    const strip = buildStrips(
      [
        record({ id: 1, lastEvidence: day("2018-06-01"), stale: true }),
        record({ id: 2, validFrom: day("2026-10-01"), position: declaration, lastEvidence: day("2026-10-01") }),
      ],
      now,
    ).get("CN:instrument");
    expect(strip?.segments[0]).toMatchObject({ to: day("2018-06-01"), stale: true });
  });
});
