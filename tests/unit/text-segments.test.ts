import { describe, expect, it } from "vitest";
import { MATCH_START, MATCH_STOP, paragraphAround, segmentText, splitSnippet } from "@/lib/text-segments";

describe("segmentText", () => {
  const text = "He said 한국 peace 🕊️ now, then left.";
  it.each([
    ["no spans", [], [[text, []]]],
    [
      "one span",
      [{ start: 8, end: 16, value: "a" }],
      [
        ["He said ", []],
        ["한국 peace", ["a"]],
        [text.slice(16), []],
      ],
    ],
    [
      "overlapping spans",
      [
        { start: 0, end: 10, value: "a" },
        { start: 8, end: 16, value: "b" },
      ],
      [
        ["He said ", ["a"]],
        ["한국", ["a", "b"]],
        [" peace", ["b"]],
        [text.slice(16), []],
      ],
    ],
    ["a span outside the text is ignored", [{ start: 5, end: 999, value: "x" }], [[text, []]]],
    ["an empty span is ignored", [{ start: 4, end: 4, value: "x" }], [[text, []]]],
  ] as const)("%s", (_, spans, expected) => {
    const segments = segmentText(text, [...spans]);
    expect(segments.map((segment) => [segment.text, segment.covering])).toEqual(expected);
    expect(segments.map((segment) => segment.text).join("")).toBe(text);
  });

  it("counts offsets in UTF-16 units, so an emoji is two", () => {
    const start = text.indexOf("🕊");
    const [, marked] = segmentText(text, [{ start, end: start + 2, value: 1 }]);
    expect(marked.text).toBe("🕊");
  });
});

describe("splitSnippet", () => {
  it("splits on the delimiters into plain and matched pieces", () => {
    expect(splitSnippet(`a ${MATCH_START}peace${MATCH_STOP} treaty ${MATCH_START}now${MATCH_STOP}`)).toEqual([
      { text: "a ", match: false },
      { text: "peace", match: true },
      { text: " treaty ", match: false },
      { text: "now", match: true },
    ]);
  });

  it("keeps markup and unpaired delimiters as plain text", () => {
    expect(splitSnippet(`<script>x</script> ${MATCH_START}open`)).toEqual([
      { text: `<script>x</script> ${MATCH_START}open`, match: false },
    ]);
  });
});

describe("paragraphAround", () => {
  const body = 'Title\n\n    First paragraph.\n\n    He said "now" and left.  \n\nLast.';
  it("returns the trimmed line holding the span, with the span's offsets in it", () => {
    const start = body.indexOf("now");
    const paragraph = paragraphAround(body, start, start + 3)!;
    expect(paragraph.text).toBe('He said "now" and left.');
    expect(paragraph.text.slice(paragraph.start, paragraph.end)).toBe("now");
  });

  it("returns null for a span outside the body", () => {
    expect(paragraphAround(body, 5, 500)).toBeNull();
  });
});
