// The re-anchoring cascade (lib/anchoring/reanchor.ts) on tables of body corrections, and matchQuote's score
// falling as a quote degrades. To add a case: a body, the quote as stored on it, the corrected body, and where
// the quote must land (or null for orphaned).
import { describe, expect, it } from "vitest";
import { reanchor } from "@/lib/anchoring/reanchor";
import { matchQuote } from "@/lib/anchoring/match-quote";
import { nextWordEdge, snapToWords, wordAt } from "@/lib/anchoring/words";
import { expectReanchored, storedAnchor, type ReanchorCase } from "../support/reanchor-case";

const BODY =
  "Seoul, July 31 — China favors a peace treaty instead because that will be legally binding on all sides. " +
  "The South Korean government wants an early declaration to encourage North Korea to denuclearize. " +
  "Officials said a peace treaty would take years.";

const CASES: ReanchorCase[] = [
  {
    name: "unchanged body",
    body: BODY,
    quote: "China favors a peace treaty",
    corrected: BODY,
    expected: { text: "China favors a peace treaty", how: "position" },
  },
  {
    name: "text inserted before the quote",
    body: BODY,
    quote: "an early declaration",
    corrected: `UPDATED. ${BODY}`,
    expected: { text: "an early declaration", how: "exact" },
  },
  {
    name: "quote edited slightly (a typo corrected)",
    body: BODY.replace("legally binding", "legaly binding"),
    quote: "because that will be legaly binding on all sides",
    corrected: BODY,
    expected: { text: "because that will be legally binding on all sides", how: "fuzzy" },
  },
  {
    name: "quote deleted from the body",
    body: BODY,
    quote: "wants an early declaration to encourage North Korea to denuclearize",
    corrected: BODY.replace(
      "The South Korean government wants an early declaration to encourage North Korea to denuclearize. ",
      "",
    ),
    expected: null,
  },
  {
    name: "repeated text: the second occurrence is found by its context after an insertion",
    body: BODY,
    quote: "a peace treaty",
    occurrence: 1,
    corrected: BODY.replace("Seoul, July 31", "Seoul, Tuesday, July 31, 2018"),
    expected: { text: "a peace treaty", occurrence: 1, how: "exact" },
  },
  {
    name: "repeated text: the first occurrence stays first when the second moves",
    body: BODY,
    quote: "a peace treaty",
    occurrence: 0,
    corrected: BODY.replace("Officials said", "Several officials later said"),
    expected: { text: "a peace treaty", occurrence: 0, how: "position" },
  },
  {
    name: "Hangul, text inserted before",
    body: "정의용 장관은 종전선언이 평화협정의 입구라고 말했다. 미국은 비핵화가 먼저라고 했다.",
    quote: "종전선언이 평화협정의 입구",
    corrected: "[속보] 정의용 장관은 종전선언이 평화협정의 입구라고 말했다. 미국은 비핵화가 먼저라고 했다.",
    expected: { text: "종전선언이 평화협정의 입구", how: "exact" },
  },
  {
    name: "Hanzi, one character corrected",
    body: "杨洁篪表示，中方支持推动发表终战宣言。朝鲜则表示反对。",
    quote: "中方支持推动发表终战宣言",
    corrected: "杨洁篪表示，中方支持推进发表终战宣言。朝鲜则表示反对。",
    expected: { text: "中方支持推进发表终战宣言", how: "fuzzy" },
  },
  {
    name: "emoji before the quote (two UTF-16 units each)",
    body: "Peace 🕊 talks: a declaration first, they said.",
    quote: "a declaration first",
    corrected: "Peace 🕊🕊🕊 talks: a declaration first, they said.",
    expected: { text: "a declaration first", how: "exact" },
  },
];

describe("reanchor", () => {
  it.each(CASES)("$name", expectReanchored);

  it("never returns a span that splits an emoji", () => {
    const body = "He said 😀 peace now, and 😀 peace later.";
    const anchor = storedAnchor(body, "😀 peace now");
    const result = reanchor(anchor, "He said 😀 peace today, and 😀 peace later.");
    expect(result).not.toBeNull();
    const text = "He said 😀 peace today, and 😀 peace later.".slice(result!.start, result!.end);
    expect(text.startsWith("😀")).toBe(true);
  });
});

describe("matchQuote", () => {
  const quote = "China favors a peace treaty instead because that will be legally binding on all sides";
  const degrade = (edits: number) => {
    let text = quote;
    for (let i = 0; i < edits; i++) {
      const at = 3 + i * 7;
      text = text.slice(0, at) + "x" + text.slice(at + 1);
    }
    return text;
  };

  it("the score falls as the quote degrades", () => {
    const scores = [0, 1, 3, 6, 10].map((edits) => {
      const body = `Intro text here. ${degrade(edits)}. More text after.`;
      return matchQuote(body, quote, { prefix: "Intro text here. ", suffix: ". More text after." })!.score;
    });
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThan(scores[i - 1]);
    expect(scores[0]).toBeCloseTo(1, 1);
  });

  it("ranks the occurrence with the matching context first", () => {
    const body = "First: a peace treaty is premature. Second: China favors a peace treaty instead.";
    const match = matchQuote(body, "a peace treaty", { prefix: "China favors ", suffix: " instead" });
    expect(match?.start).toBe(body.lastIndexOf("a peace treaty"));
    expect(match?.exact).toBe(true);
  });

  it("finds nothing when the quote is too far from anything in the text", () => {
    expect(matchQuote("Completely unrelated words.", "China favors a peace treaty", {}, 0.25)).toBeNull();
  });
});

describe("word boundaries", () => {
  it("snaps a selection to whole words and trims spaces", () => {
    const body = "China favors a peace treaty instead.";
    expect(snapToWords(body, 2, 17)).toEqual({ start: 0, end: 20 });
    expect(body.slice(...(Object.values(snapToWords(body, 5, 14)) as [number, number]))).toBe("favors a");
  });

  it("steps word by word in Hangul and Latin text", () => {
    const body = "정의용 장관은 말했다. Then Blinken spoke.";
    const second = wordAt(body, nextWordEdge(body, 0, 1, "start"));
    expect(body.slice(second.start, second.end)).toBe("장관은");
    expect(nextWordEdge(body, body.indexOf("Then"), 1, "end")).toBe(body.indexOf("Then") + 4);
  });
});
