// Matching two coders' quotes by span overlap, and span-overlap F1.
import { describe, expect, it } from "vitest";
import { matchSpans, spanF1, spanOverlap } from "@/lib/agreement/spans";

const span = (start: number, end: number, id = `${start}-${end}`) => ({ start, end, id });

describe("spanOverlap", () => {
  it.each([
    [span(0, 10), span(0, 10), 1],
    [span(0, 10), span(5, 15), 5 / 15],
    [span(0, 10), span(10, 20), 0],
    [span(0, 10), span(2, 4), 2 / 10],
  ])("%o and %o overlap %d", (a, b, expected) => {
    expect(spanOverlap(a, b)).toBeCloseTo(expected, 10);
    expect(spanOverlap(b, a)).toBeCloseTo(expected, 10);
  });
});

describe("matchSpans", () => {
  it("pairs identical and overlapping spans one to one, and leaves the rest", () => {
    const a = [span(0, 10), span(20, 40), span(100, 110)];
    const b = [span(0, 10), span(25, 45), span(60, 70)];
    const { pairs, onlyA, onlyB } = matchSpans(a, b);
    expect(pairs.map((pair) => [pair.a.id, pair.b.id])).toEqual([
      ["0-10", "0-10"],
      ["20-40", "25-45"],
    ]);
    expect(onlyA.map((s) => s.id)).toEqual(["100-110"]);
    expect(onlyB.map((s) => s.id)).toEqual(["60-70"]);
  });

  it("gives a long quote covering two short ones to the one it overlaps most", () => {
    const { pairs, onlyB } = matchSpans([span(0, 100)], [span(0, 10), span(20, 90)]);
    expect(pairs.map((pair) => pair.b.id)).toEqual(["20-90"]);
    expect(onlyB.map((s) => s.id)).toEqual(["0-10"]);
  });

  it("does not depend on the order the quotes come in", () => {
    const a = [span(0, 50), span(40, 80)];
    const b = [span(30, 60), span(0, 45)];
    const forward = matchSpans(a, b).pairs.map((pair) => [pair.a.id, pair.b.id]);
    const backward = matchSpans([...a].reverse(), [...b].reverse()).pairs.map((pair) => [pair.a.id, pair.b.id]);
    expect(backward).toEqual(forward);
  });
});

describe("spanF1", () => {
  it("is 1 when both coders marked the same quotes, 0 when none overlap, null when nothing was marked", () => {
    expect(spanF1([{ matched: 3, onlyA: 0, onlyB: 0 }])).toBe(1);
    expect(spanF1([{ matched: 0, onlyA: 2, onlyB: 1 }])).toBe(0);
    expect(spanF1([{ matched: 0, onlyA: 0, onlyB: 0 }])).toBeNull();
  });

  it("sums counts over articles: 2·matched / (quotes of A + quotes of B)", () => {
    expect(
      spanF1([
        { matched: 2, onlyA: 1, onlyB: 0 },
        { matched: 1, onlyA: 0, onlyB: 2 },
      ]),
    ).toBeCloseTo(6 / 9, 10); // A marked 4 quotes, B 5, 3 pairs
  });
});
