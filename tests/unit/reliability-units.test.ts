// Two coders' codings of one article → reliability units per variable, and the summary's alpha and span F1.
import { describe, expect, it } from "vitest";
import { NO_STANCE, reliabilityUnits, type CodedQuote, type DoubleCodedArticle } from "@/lib/agreement/units";
import { agreementOf, groupsBy, SPANS } from "@/lib/agreement/summary";

const quote = (id: number, start: number, end: number, extra: Partial<CodedQuote> = {}): CodedQuote => ({
  id,
  start,
  end,
  text: `quote ${id}`,
  attribution: "on_record",
  speaker: "person:1",
  speakerName: "Wang Yi",
  speakerCountry: "CN",
  stances: [],
  ...extra,
});

const article = (codingId: number, a: CodedQuote[], b: CodedQuote[], extra: Partial<DoubleCodedArticle> = {}) => ({
  codingId,
  articleId: codingId,
  pair: "C1 & C2",
  quarter: "2026-Q4",
  a,
  b,
  ...extra,
});

describe("reliabilityUnits", () => {
  const a = [
    quote(1, 0, 50, {
      stances: [
        { dimension: "instrument", position: "treaty", holder: "CN" },
        { dimension: "parties", position: "four_party", holder: "CN" },
        { dimension: "parties", position: "trilateral", holder: "CN" },
      ],
    }),
    quote(2, 100, 150, { attribution: "reported" }),
    quote(3, 300, 320),
  ];
  const b = [
    quote(11, 5, 55, {
      stances: [
        { dimension: "instrument", position: "declaration", holder: "CN" },
        { dimension: "instrument", position: "declaration", holder: "KP" },
        { dimension: "parties", position: "trilateral", holder: "CN" },
        { dimension: "parties", position: "four_party", holder: "CN" },
      ],
    }),
    quote(12, 110, 140, { attribution: "official_statement", speaker: "unnamed", speakerCountry: "(none)" }),
  ];
  const { units, spans } = reliabilityUnits([article(7, a, b)]);
  const values = (variable: string) => units.filter((u) => u.variable === variable).map((u) => [u.about, u.a, u.b]);

  it("matches quotes by overlap and counts the rest against spans", () => {
    expect(spans).toEqual([
      expect.objectContaining({ codingId: 7, matched: 2, onlyA: 1, onlyB: 0, onlyAIds: [3], onlyBIds: [] }),
    ]);
  });

  it("makes one unit per matched pair for quote-level variables", () => {
    expect(values("attribution")).toEqual([
      ["", "on_record", "on_record"],
      ["", "reported", "official_statement"],
    ]);
    expect(values("speaker")).toEqual([
      ["", "person:1", "person:1"],
      ["", "person:1", "unnamed"],
    ]);
  });

  it("makes one position unit per (quote, holder): a set of positions, or no stance", () => {
    expect(values("position:instrument")).toEqual([
      ["CN", "treaty", "declaration"],
      ["KP", NO_STANCE, "declaration"],
    ]);
    // Several positions of one holder are one value, in any order (coding rule 2).
    expect(values("position:parties")).toEqual([["CN", "four_party+trilateral", "four_party+trilateral"]]);
    expect(values("holder")).toEqual([
      ["instrument", "CN", "CN+KP"],
      ["parties", "CN", "CN"],
    ]);
  });

  it("summarizes each variable with its units, disagreements and interval", () => {
    const rows = agreementOf(units, spans, ["attribution", "position:instrument"]);
    expect(rows.map((row) => [row.variable, row.units, row.disagreements])).toEqual([
      [SPANS, 1, 1],
      ["attribution", 2, 1],
      ["position:instrument", 2, 2],
    ]);
    expect(rows[0]?.value).toBeCloseTo(4 / 5, 10);
  });

  it("groups by coder pair and by quarter", () => {
    const two = reliabilityUnits([
      article(1, a, b),
      article(2, a, a, { pair: "C1 & C3", quarter: "2027-Q1", articleId: 2 }),
    ]);
    expect(groupsBy(two.units, two.spans, "pair").map((g) => [g.key, g.spans.length])).toEqual([
      ["C1 & C2", 1],
      ["C1 & C3", 1],
    ]);
    const perfect = groupsBy(two.units, two.spans, "quarter").find((g) => g.key === "2027-Q1");
    const rows = agreementOf(perfect?.units ?? [], perfect?.spans ?? [], ["attribution"]);
    expect(rows.map((row) => row.value)).toEqual([1, 1]);
  });
});
