// Quotation marks: curly, straight and single pairs, apostrophes, quotes left open to the paragraph's end.
import { describe, expect, it } from "vitest";
import { quotations } from "@/lib/suggest/quotations";
import { sentences } from "@/lib/suggest/sentences";
import { suggestIn } from "./context";

const inner = (text: string) => quotations(text).map((quote) => text.slice(quote.inner.start, quote.inner.end));

describe("quotations", () => {
  it.each([
    ["curly", "He said “the talks must go on,” and left.", ["the talks must go on"]],
    ["straight", 'He said "the talks must go on," and left.', ["the talks must go on"]],
    [
      "single, next to apostrophes",
      "Beijing’s view of an ‘end of war’ announcement is Seoul’s concern.",
      ["end of war"],
    ],
    ["two in one paragraph", "“First part,” she said. “Second part.”", ["First part", "Second part."]],
    ["left open to the paragraph's end", "“A quote that runs on\nto the next paragraph", ["A quote that runs on"]],
  ])("finds %s quotations", (_name, text, expected) => {
    expect(inner(text)).toEqual(expected);
  });

  it("keeps the full stop inside the quotation and drops the comma before the attribution", () => {
    expect(inner("“We support it.” “We do,” he said.")).toEqual(["We support it.", "We do"]);
  });
});

describe("sentences", () => {
  it("does not end a sentence at U.S., Oct. or an initial", () => {
    const text = "The U.S. envoy met Antony J. Blinken on Oct. 5 in Paris. Then he left.";
    expect(sentences(text).map((sentence) => text.slice(sentence.start, sentence.end))).toEqual([
      "The U.S. envoy met Antony J. Blinken on Oct. 5 in Paris.",
      "Then he left.",
    ]);
  });
});

describe("direct quotes", () => {
  it.each([
    [
      "cue after",
      "“Moscow supports a declaration ending the Korean War as a first step,” Sergey Lavrov said on Tuesday.",
    ],
    [
      "cue after, verb first",
      "“Moscow supports a declaration ending the Korean War as a first step,” said Sergey Lavrov on Tuesday.",
    ],
    [
      "cue before with a colon",
      "Sergey Lavrov said on Tuesday: “Moscow supports a declaration ending the Korean War as a first step.”",
    ],
  ])("attributes a quotation with its %s", (_name, text) => {
    const [suggestion] = suggestIn(text);
    expect(suggestion.exact).toMatch(/^Moscow supports a declaration ending the Korean War as a first step\.?$/);
    expect(suggestion.speaker).toEqual({ name: "Sergey Lavrov", kind: "person", personId: 1, organizationId: null });
    expect(suggestion.speakerCountry).toBe("RU");
    expect(suggestion.attribution).toBe("on_record");
    expect(suggestion.statedOn).toBe("2020-06-16");
    expect(suggestion.stances).toContainEqual(
      expect.objectContaining({ dimension: "instrument", position: "declaration", holder: "RU" }),
    );
  });

  it("suggests no scare quote on its own", () => {
    expect(suggestIn("Seoul and Washington discussed an ‘end of war’ announcement in their talks on Monday.")).toEqual(
      [],
    );
  });
});
