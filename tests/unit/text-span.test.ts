import { describe, expect, it } from "vitest";
import { describeSpan, findSpan } from "@/lib/anchoring/text-span";

// Offsets are UTF-16 code units: Hangul and Hanzi are one unit per character (inside the BMP), an emoji such
// as 🕊 (U+1F54A) is two. The cases below pin that choice down.
const PEACE = "평화 협정"; // "peace treaty" in Korean
const HANZI = "终战宣言"; // "end-of-war declaration" in Chinese
const DOVE = "🕊";

describe("findSpan", () => {
  it.each([
    {
      name: "ASCII",
      body: "China favors a peace treaty instead.",
      exact: "a peace treaty",
      occurrence: 0,
      expected: { start: 13, end: 27 },
    },
    { name: "at the very start", body: "peace now", exact: "peace", occurrence: 0, expected: { start: 0, end: 5 } },
    { name: "at the very end", body: "lasting peace", exact: "peace", occurrence: 0, expected: { start: 8, end: 13 } },
    {
      name: "second occurrence",
      body: "serious talks; more serious talks",
      exact: "serious talks",
      occurrence: 1,
      expected: { start: 20, end: 33 },
    },
    { name: "overlapping occurrences count", body: "aaa", exact: "aa", occurrence: 1, expected: { start: 1, end: 3 } },
    {
      name: "Hangul, one unit per syllable",
      body: `남북 ${PEACE} 논의`,
      exact: PEACE,
      occurrence: 0,
      expected: { start: 3, end: 8 },
    },
    {
      name: "Hanzi, one unit per character",
      body: `中方支持${HANZI}。`,
      exact: HANZI,
      occurrence: 0,
      expected: { start: 4, end: 8 },
    },
    {
      name: "after an emoji, shifted by two units",
      body: `${DOVE} peace`,
      exact: "peace",
      occurrence: 0,
      expected: { start: 3, end: 8 },
    },
    {
      name: "an emoji itself spans two units",
      body: `a${DOVE}b`,
      exact: DOVE,
      occurrence: 0,
      expected: { start: 1, end: 3 },
    },
    {
      name: "typographic quotes are single units",
      body: "said “serious discussions” on",
      exact: "“serious discussions”",
      occurrence: 0,
      expected: { start: 5, end: 26 },
    },
  ])("$name", ({ body, exact, occurrence, expected }) => {
    const span = findSpan(body, exact, occurrence);
    expect(span).toEqual(expected);
    expect(body.slice(span!.start, span!.end)).toBe(exact);
  });

  it.each([
    { name: "text not in the body", body: "declaration", exact: "treaty", occurrence: 0 },
    { name: "fewer occurrences than asked for", body: "peace and peace", exact: "peace", occurrence: 2 },
    { name: "empty text", body: "anything", exact: "", occurrence: 0 },
    { name: "negative occurrence", body: "peace", exact: "peace", occurrence: -1 },
    { name: "fractional occurrence", body: "peace", exact: "peace", occurrence: 0.5 },
    { name: "case differs", body: "Peace", exact: "peace", occurrence: 0 },
  ])("returns null for $name", ({ body, exact, occurrence }) => {
    expect(findSpan(body, exact, occurrence)).toBeNull();
  });
});

describe("describeSpan", () => {
  it.each([
    {
      name: "context shorter than the limit at both ends",
      body: "a peace treaty now",
      start: 2,
      end: 7,
      context: 32,
      expected: { text: "peace", prefix: "a ", suffix: " treaty now" },
    },
    {
      name: "context cut to the limit",
      body: "0123456789peace0123456789",
      start: 10,
      end: 15,
      context: 4,
      expected: { text: "peace", prefix: "6789", suffix: "0123" },
    },
    {
      name: "Hangul context counts syllables",
      body: `남북 ${PEACE} 논의`,
      start: 3,
      end: 8,
      context: 2,
      expected: { text: PEACE, prefix: "북 ", suffix: " 논" },
    },
    {
      name: "Hanzi context counts characters",
      body: `中方支持${HANZI}。`,
      start: 4,
      end: 8,
      context: 2,
      expected: { text: HANZI, prefix: "支持", suffix: "。" },
    },
    {
      name: "prefix never starts with half an emoji",
      body: `${DOVE}peace`,
      start: 2,
      end: 7,
      context: 1,
      expected: { text: "peace", prefix: "", suffix: "" },
    },
    {
      name: "suffix never ends with half an emoji",
      body: `peace${DOVE}!`,
      start: 0,
      end: 5,
      context: 1,
      expected: { text: "peace", prefix: "", suffix: "" },
    },
    {
      name: "whole emoji kept when the limit allows",
      body: `${DOVE}peace${DOVE}`,
      start: 2,
      end: 7,
      context: 2,
      expected: { text: "peace", prefix: DOVE, suffix: DOVE },
    },
    {
      name: "empty span (a caret position)",
      body: "peace",
      start: 2,
      end: 2,
      context: 32,
      expected: { text: "", prefix: "pe", suffix: "ace" },
    },
  ])("$name", ({ body, start, end, context, expected }) => {
    expect(describeSpan(body, start, end, context)).toEqual({ start, end, ...expected });
  });

  it("uses 32 units of context by default", () => {
    const body = `${"x".repeat(40)}quote${"y".repeat(40)}`;
    const described = describeSpan(body, 40, 45);
    expect(described.prefix).toBe("x".repeat(32));
    expect(described.suffix).toBe("y".repeat(32));
  });

  it.each([
    { name: "negative start", start: -1, end: 2 },
    { name: "end before start", start: 3, end: 2 },
    { name: "end past the body", start: 0, end: 99 },
    { name: "fractional offset", start: 0.5, end: 2 },
    { name: "start inside a surrogate pair", start: 2, end: 4 },
    { name: "end inside a surrogate pair", start: 0, end: 2 },
  ])("throws for $name", ({ start, end }) => {
    expect(() => describeSpan(`a${DOVE}bc`, start, end)).toThrow(RangeError);
  });

  it("round-trips with findSpan", () => {
    const body = `Yang said China supports “the push for the ${HANZI} declaration” ${DOVE}.`;
    const span = findSpan(body, "the push for the")!;
    const described = describeSpan(body, span.start, span.end);
    expect(described.prefix + described.text + described.suffix).toBe(
      body.slice(0, span.end + described.suffix.length),
    );
  });
});
