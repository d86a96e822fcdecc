// Anchoring across the text differences real articles have: Hangul and Hanzi, letters with combining marks, emoji
// (two UTF-16 units each, some made of several code points), the same text in Unicode's composed (NFC) and
// decomposed (NFD) forms, and whitespace that a correction changes. Offsets are UTF-16 code units, end exclusive
// (lib/anchoring/text-span.ts); every case checks the offsets and the exact text found there.
import { describe, expect, it } from "vitest";
import { matchQuote } from "@/lib/anchoring/match-quote";
import { expectReanchored, type ReanchorCase } from "../support/reanchor-case";

describe("matchQuote with Unicode text", () => {
  it.each([
    {
      name: "Hangul, the occurrence after the matching prefix",
      text: "북한은 종전선언을 거부했다. 한국은 종전선언을 제안했다.",
      quote: "종전선언을",
      prefix: "한국은 ",
      start: 20,
    },
    {
      name: "Hanzi, the occurrence before the matching suffix",
      text: "中方支持终战宣言。美方认为终战宣言为时尚早。",
      quote: "终战宣言",
      suffix: "为时尚早",
      start: 13,
    },
    {
      name: "an emoji flag (four UTF-16 units) inside the quote",
      text: "Leaders met 🇰🇷🇰🇵 in Panmunjom.",
      quote: "met 🇰🇷🇰🇵 in",
      start: 8,
    },
    {
      name: "a family emoji joined by zero-width joiners",
      text: "Families 👨‍👩‍👧 divided since 1953 👨‍👩‍👧 wait.",
      quote: "👨‍👩‍👧 wait",
      start: 37,
    },
    {
      name: "a letter with a combining accent (NFD)",
      text: "Ha Tae-keung (Pyeonga\u0301n) said so. Pyeongan said no.",
      quote: "Pyeonga\u0301n",
      start: 14,
    },
  ])("$name", ({ text, quote, prefix, suffix, start }) => {
    const match = matchQuote(text, quote, { prefix, suffix });
    expect(match).toMatchObject({ start, end: start + quote.length, exact: true });
    expect(text.slice(match!.start, match!.end)).toBe(quote);
  });

  it("counts UTF-16 units, not code points or graphemes, before the match", () => {
    const text = "🕊🕊🕊 peace";
    expect(matchQuote(text, "peace")).toMatchObject({ start: 7, end: 12 });
  });
});

const HANGUL_NFC = "정의용 장관은 “종전선언이 평화협정의 입구”라고 말했다.";
const CAFE = "Talks at the Café Panmunjom were called “the beginning of the end of the war”, officials said.";

const UNICODE_CASES: ReanchorCase[] = [
  {
    name: "Hangul body re-pasted in NFD (decomposed jamo): found in the new form, exactly",
    body: HANGUL_NFC,
    quote: "종전선언이 평화협정의 입구",
    corrected: HANGUL_NFC.normalize("NFD"),
    expected: { text: "종전선언이 평화협정의 입구".normalize("NFD"), how: "exact" },
  },
  {
    name: "Hangul body stored in NFD, corrected in NFC",
    body: `[속보] ${HANGUL_NFC}`.normalize("NFD"),
    quote: "종전선언이 평화협정의 입구".normalize("NFD"),
    corrected: HANGUL_NFC,
    expected: { text: "종전선언이 평화협정의 입구", how: "exact" },
  },
  {
    name: "an accented letter decomposed by the correction, inside the quote",
    body: CAFE,
    quote: "at the Café Panmunjom",
    corrected: CAFE.normalize("NFD"),
    expected: { text: "at the Cafe\u0301 Panmunjom", how: "exact" },
  },
  {
    name: "an emoji added inside the quote",
    body: "He said peace now, and later.",
    quote: "said peace now",
    corrected: "He said peace 🕊 now, and later.",
    expected: { text: "said peace 🕊 now", how: "fuzzy" },
  },
  {
    name: "an emoji removed from just before the quote",
    body: "🕊 Peace talks resumed on Monday.",
    quote: "Peace talks resumed",
    corrected: "Peace talks resumed on Monday.",
    expected: { text: "Peace talks resumed", how: "exact" },
  },
];

const WHITESPACE_CASES: ReanchorCase[] = [
  {
    name: "double spaces collapsed inside the quote",
    body: "Officials said  a peace treaty  would take years.",
    quote: "a peace treaty  would take",
    corrected: "Officials said a peace treaty would take years.",
    expected: { text: "a peace treaty would take", how: "fuzzy" },
  },
  {
    name: "a line break re-wrapped into a space inside the quote",
    body: "Kim said the declaration\nwas premature.",
    quote: "the declaration\nwas premature",
    corrected: "Kim said the declaration was premature.",
    expected: { text: "the declaration was premature", how: "fuzzy" },
  },
  {
    name: "non-breaking spaces replaced by plain ones inside the quote",
    body: "Seoul wants an\u00a0end-of-war\u00a0declaration first.",
    quote: "an\u00a0end-of-war\u00a0declaration",
    corrected: "Seoul wants an end-of-war declaration first.",
    expected: { text: "an end-of-war declaration", how: "fuzzy" },
  },
  {
    name: "blank lines added between paragraphs before the quote",
    body: "First paragraph.\nSecond paragraph: talks resume in May.",
    quote: "talks resume in May",
    corrected: "First paragraph.\n\n\nSecond paragraph: talks resume in May.",
    expected: { text: "talks resume in May", how: "exact" },
  },
  {
    name: "trailing spaces trimmed right after the quote",
    body: "The envoy said talks would resume.   Then he left.",
    quote: "talks would resume.",
    corrected: "The envoy said talks would resume. Then he left.",
    expected: { text: "talks would resume.", how: "position" },
  },
];

describe("reanchor across Unicode forms", () => {
  it.each(UNICODE_CASES)("$name", expectReanchored);
});

describe("reanchor across whitespace changes", () => {
  it.each(WHITESPACE_CASES)("$name", expectReanchored);
});
