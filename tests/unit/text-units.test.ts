// Moving a selection like a text editor: by character (never half a surrogate pair or of a grapheme), to a
// sentence's ends, to whole sentences and to the text inside quotation marks.
import { describe, expect, it } from "vitest";
import {
  characterStep,
  expandToQuotation,
  expandToSentences,
  sentenceEdge,
  wholeCharacters,
} from "@/lib/anchoring/text-units";

const cut = (body: string, span: { start: number; end: number } | null) =>
  span ? body.slice(span.start, span.end) : null;

describe("characterStep", () => {
  const body = "a𠮷b👍🏽c é";
  it.each([
    [0, 1, 1],
    [1, 1, 3], // 𠮷 is two code units
    [3, 1, 4],
    [4, 1, 8], // thumbs up with a skin tone: one grapheme of four code units
    [8, -1, 4],
    [3, -1, 1],
    [body.length, 1, body.length],
    [0, -1, 0],
  ])("from %i in direction %i lands on %i", (at, direction, expected) => {
    expect(characterStep(body, at, direction as 1 | -1)).toBe(expected);
  });

  it("moves by whole characters across a long body, one window at a time", () => {
    const long = "x".repeat(200) + "𠮷".repeat(100);
    let at = 0;
    const stops: number[] = [];
    while (at < long.length) stops.push((at = characterStep(long, at, 1)));
    expect(stops.every((stop) => stop <= 200 || (stop - 200) % 2 === 0)).toBe(true);
    expect(stops).toHaveLength(300);
  });
});

describe("wholeCharacters", () => {
  it("widens a span that cuts a surrogate pair, and leaves others alone", () => {
    const body = "x𠮷y";
    expect(wholeCharacters(body, { start: 2, end: 3 })).toEqual({ start: 1, end: 3 });
    expect(wholeCharacters(body, { start: 0, end: 2 })).toEqual({ start: 0, end: 3 });
    expect(wholeCharacters(body, { start: 0, end: 1 })).toEqual({ start: 0, end: 1 });
  });
});

describe("sentences", () => {
  const body =
    'Title line\n\nTalks resumed on Monday. "We want a declaration first, then a treaty," said a spokesman. ' +
    "The minister said: “Peace will come only with a treaty.” Then he left.\nNext paragraph here.";
  const at = (text: string) => body.indexOf(text);

  it("Shift+End goes to the end of the sentence, then of the next one", () => {
    const first = sentenceEdge(body, at("resumed"), 1);
    expect(body.slice(at("Talks"), first)).toBe("Talks resumed on Monday.");
    const second = sentenceEdge(body, first, 1);
    expect(body.slice(first, second)).toBe(' "We want a declaration first, then a treaty," said a spokesman.');
  });

  it("Shift+Home goes to the start of the sentence, then of the previous one", () => {
    const start = sentenceEdge(body, at("said a spokesman"), -1);
    expect(body.slice(start, start + 8)).toBe('"We want');
    expect(sentenceEdge(body, start, -1)).toBe(at("Talks"));
  });

  it("a closing quotation mark after the full stop stays with its sentence", () => {
    const end = sentenceEdge(body, at("Peace"), 1);
    expect(body.slice(at("The minister"), end)).toBe("The minister said: “Peace will come only with a treaty.”");
  });

  it("s takes the whole sentences a span touches, then one more", () => {
    const span = { start: at("declaration"), end: at("declaration") + 5 };
    const sentence = expandToSentences(body, span);
    expect(cut(body, sentence)).toBe('"We want a declaration first, then a treaty," said a spokesman.');
    expect(cut(body, expandToSentences(body, sentence))).toBe(
      '"We want a declaration first, then a treaty," said a spokesman. The minister said: “Peace will come only with a treaty.”',
    );
  });
});

describe("expandToQuotation", () => {
  const body =
    'He said "we want a declaration first, then a treaty," and left. She said “peace is Korea’s wish.” ‘Fine’ too.';
  const word = (text: string) => ({ start: body.indexOf(text), end: body.indexOf(text) + text.length });

  it.each([
    ["declaration", "we want a declaration first, then a treaty"],
    ["peace", "peace is Korea’s wish."],
    ["Korea", "peace is Korea’s wish."],
    ["Fin", "Fine"],
  ])("from %s selects the text inside the marks", (inside, expected) => {
    expect(cut(body, expandToQuotation(body, word(inside)))).toBe(expected);
  });

  it("a second press takes the marks too; outside any quotation there is nothing to take", () => {
    const inside = expandToQuotation(body, word("declaration")) ?? { start: 0, end: 0 };
    expect(cut(body, inside)).toBe("we want a declaration first, then a treaty");
    expect(cut(body, expandToQuotation(body, inside))).toBe('"we want a declaration first, then a treaty,"');
    expect(expandToQuotation(body, word("He said"))).toBeNull();
    expect(expandToQuotation(body, word("and left"))).toBeNull();
  });

  it("a span that starts on the opening mark is inside that quotation", () => {
    expect(cut(body, expandToQuotation(body, word("“peace")))).toBe("peace is Korea’s wish.");
  });
});
