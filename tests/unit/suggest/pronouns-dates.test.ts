// Pronoun resolution to the last named speaker, the speaker's country from the role on the date, and dates
// with their precision resolved against the article's date (coding rule 8).
import { describe, expect, it } from "vitest";
import { dateExpressions } from "@/lib/suggest/dates";
import { suggestIn } from "./context";

describe("pronouns", () => {
  it("resolves “he” to the last named speaker, and a bare quotation paragraph to the same speaker", () => {
    const text = [
      "Sergey Lavrov said Moscow backs the declaration.",
      "“A declaration would be a good first step toward a lasting peace agreement,” he added.",
      "“Russia supports a peace treaty in the end.”",
    ].join("\n");
    const suggestions = suggestIn(text);
    expect(suggestions.map((suggestion) => suggestion.speaker.name)).toEqual([
      "Sergey Lavrov",
      "Sergey Lavrov",
      "Sergey Lavrov",
    ]);
  });

  it("resolves “they” to the unnamed source just quoted", () => {
    const text =
      "A senior Russian diplomat said the declaration is premature.\n“We cannot support a declaration now,” they said.";
    const suggestions = suggestIn(text);
    expect(suggestions.at(-1)?.speaker).toMatchObject({ kind: "unnamed" });
    expect(suggestions.at(-1)?.speakerCountry).toBe("RU");
  });
});

describe("speaker's country from the role on the date", () => {
  it("gives no country when the person held no role then, and the role's country when they did", () => {
    const text = "“We support an end-of-war declaration,” Stephen Biegun said.";
    expect(suggestIn(text, "2019-03-01")[0].speakerCountry).toBe("US");
  });
});

describe("dates", () => {
  // 2021-10-27 was a Wednesday.
  it.each([
    ["on Tuesday", "2021-10-26", "day"],
    ["on Wednesday", "2021-10-27", "day"],
    ["last Wednesday", "2021-10-20", "day"],
    ["on Thursday", "2021-10-21", "day"],
    ["yesterday", "2021-10-26", "day"],
    ["on Oct. 5", "2021-10-05", "day"],
    ["on December 2", "2020-12-02", "day"],
    ["on 2 December 2021", "2021-12-02", "day"],
    ["in September", "2021-09-01", "month"],
    ["in November", "2020-11-01", "month"],
    ["last month", "2021-09-01", "month"],
    ["last year", "2020-01-01", "year"],
    ["In 2018", "2018-01-01", "year"],
  ])("resolves “%s” in an article of 27 October 2021", (phrase, statedOn, precision) => {
    expect(dateExpressions(`The minister spoke ${phrase} about it.`, "2021-10-27")).toEqual([
      expect.objectContaining({ statedOn, precision }),
    ]);
  });

  it("gives no date for a vague span, so the article's date stands in, marked reported on", () => {
    expect(dateExpressions("The minister spoke last week and recently.", "2021-10-27")).toEqual([]);
    const [suggestion] = suggestIn("“We support an end-of-war declaration,” Sergey Lavrov said.", "2021-10-27");
    expect(suggestion).toMatchObject({ statedOn: "2021-10-27", precision: "day", reportedOn: true });
  });

  it("dates a statement by the year the text gives (year precision)", () => {
    const [suggestion] = suggestIn(
      "Sergey Lavrov last year voiced support for a four-party declaration including China.",
      "2019-01-17",
    );
    expect(suggestion).toMatchObject({ statedOn: "2018-01-01", precision: "year", reportedOn: false });
  });
});
