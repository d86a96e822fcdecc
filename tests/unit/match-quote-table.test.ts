// matchQuote case by case, in the manner of hypothesis's match-quote tests (src/annotator/anchoring/test/): where a
// quote lands in a changed text, and how its prefix, suffix and old position pick among repeated occurrences.
import { describe, expect, it } from "vitest";
import { matchQuote, type MatchContext } from "@/lib/anchoring/match-quote";

const TEXT = "Seoul proposed a peace treaty. Pyongyang rejected a peace treaty. Washington welcomed a peace treaty.";
const occurrences = [...TEXT.matchAll(/a peace treaty/g)].map((match) => match.index);

describe("matchQuote finds", () => {
  it.each([
    { name: "an exact quote", text: "the end of the war", quote: "end of the", start: 4, exact: true },
    {
      name: "a quote with one letter changed",
      text: "the end of the war",
      quote: "end af the",
      start: 4,
      exact: false,
    },
    { name: "a quote with a word added in the text", text: "the very end of the war", quote: "very end the", start: 4 },
    { name: "a quote at the very start", text: "armistice now", quote: "armistice", start: 0, exact: true },
    { name: "a quote at the very end", text: "armistice now", quote: "now", start: 10, exact: true },
  ])("$name", ({ text, quote, start, exact }) => {
    const match = matchQuote(text, quote);
    expect(match?.start).toBe(start);
    if (exact !== undefined) expect(match?.exact).toBe(exact);
  });

  it.each([
    { name: "nothing for an empty quote", text: "some text", quote: "" },
    { name: "nothing when every letter differs", text: "aaaaaaaaaa", quote: "zzzzzz" },
    { name: "nothing beyond the error rate", text: "declaration", quote: "decimation of", rate: 0.1 },
  ])("$name", ({ text, quote, rate }) => {
    expect(matchQuote(text, quote, {}, rate)).toBeNull();
  });
});

describe("matchQuote ranks repeated occurrences", () => {
  const cases: { name: string; context: MatchContext; expected: number }[] = [
    { name: "by prefix", context: { prefix: "Pyongyang rejected " }, expected: occurrences[1] },
    { name: "by suffix when the prefix says nothing", context: { suffix: ". Washington" }, expected: occurrences[1] },
    { name: "by an approximate prefix", context: { prefix: "Washingtn welcomd " }, expected: occurrences[2] },
    { name: "by the hint when the context ties", context: { hint: occurrences[2] }, expected: occurrences[2] },
    { name: "by the nearest occurrence to a hint between two", context: { hint: 40 }, expected: occurrences[1] },
    {
      name: "by context over the hint: an edit above moves a quote far without changing it",
      context: { prefix: "Seoul proposed ", hint: occurrences[2] },
      expected: occurrences[0],
    },
  ];
  it.each(cases)("$name", ({ context, expected }) => {
    expect(matchQuote(TEXT, "a peace treaty", context)?.start).toBe(expected);
  });

  it("scores the quote with its own context and position as 1", () => {
    const match = matchQuote(TEXT, "a peace treaty", {
      prefix: "Seoul proposed ",
      suffix: ". Pyongyang",
      hint: occurrences[0],
    });
    expect(match).toEqual({ start: occurrences[0], end: occurrences[0] + 14, score: 1, exact: true });
  });

  it("prefers the exact occurrence over a near one with better context", () => {
    const text = "a peace treety was hoped for; later a peace treaty was signed";
    const match = matchQuote(text, "a peace treaty", { prefix: "" });
    expect(match?.start).toBe(text.lastIndexOf("a peace treaty"));
    expect(match?.exact).toBe(true);
  });
});
