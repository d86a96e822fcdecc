// Attribution kinds by coding rule 6, the language check, and positions from similar approved quotes.
import { describe, expect, it } from "vitest";
import { suggest } from "@/lib/suggest/suggest";
import { CONTEXT, suggestIn } from "./context";

describe("attribution kinds", () => {
  it.each([
    ["a named official", "“We support an end-of-war declaration,” Sergey Lavrov said.", "on_record"],
    [
      "a ministry",
      "“Seoul supports an end-of-war declaration,” the South Korean Foreign Ministry said in a statement.",
      "official_statement",
    ],
    [
      "a spokesperson",
      "“We support an end-of-war declaration,” said U.S. State Department spokesperson Morgan Ortagus.",
      "official_statement",
    ],
    [
      "an unnamed source",
      "One diplomatic source said, “Beijing supports an end-of-war declaration.”",
      "anonymous_source",
    ],
    [
      "an analyst",
      "“Washington would probably prefer a bilateral declaration with North Korea,” said Victor Cha, a professor at Georgetown University.",
      "analyst",
    ],
    [
      "the journalist",
      "The Japanese government wants North Korea to denuclearize first before any declaration.",
      "reported",
    ],
  ])("%s", (_name, text, attribution) => {
    expect(suggestIn(text)[0]?.attribution).toBe(attribution);
  });

  it("takes a ministry's country from an acronym the article defined", () => {
    const text =
      "The Ministry of Foreign Affairs of Japan (MOFA) issued a readout.\n“Japan opposes a premature declaration,” MOFA said.";
    const suggestion = suggestIn(text).at(-1);
    expect(suggestion?.speakerCountry).toBe("JP");
    // The tracker's own organization of that kind and country is proposed as the speaker.
    expect(suggestion?.speaker).toMatchObject({ kind: "organization", organizationId: 1 });
  });
});

describe("language", () => {
  it("suggests nothing for an article in another language, and says why", () => {
    const text =
      "중국은 종전선언을 지지한다고 밝혔다. 왕이 외교부장은 한반도 평화 프로세스를 지지한다고 말했다. 남북한과 미국은 협상을 계속하고 있다.";
    const result = suggest({ text, publishedOn: "2021-10-27", outlet: null }, CONTEXT);
    expect(result.suggestions).toEqual([]);
    expect(result).toMatchObject({ language: "kor", message: expect.stringContaining("English-only") });
  });

  it("reads an English article with a Hangul name in it as English", () => {
    const text =
      "“We support an end-of-war declaration,” Kang Kyung-wha (강경화) said on Tuesday. The talks will go on for months, officials said.";
    expect(suggest({ text, publishedOn: "2020-06-17", outlet: null }, CONTEXT).language).toBe("en");
  });
});

describe("positions from approved quotes", () => {
  it("proposes the position of a very similar approved quote that the lexicon does not know", () => {
    const context = {
      ...CONTEXT,
      approvedQuotes: [
        {
          text: "Both allies still differ over the order of the steps toward any settlement",
          articleId: 9,
          stances: [{ dimension: "sequencing", position: "conditions_unspecified" }],
        },
      ],
    };
    const text =
      "“The allies still differ over the order of steps toward a settlement of the war,” Sergey Lavrov said about the talks.";
    const [withQuotes] = suggestIn(text, "2020-06-17", null, context);
    expect(withQuotes.stances).toContainEqual(
      expect.objectContaining({ dimension: "sequencing", position: "conditions_unspecified" }),
    );
    // Without it the statement has no position and does not name the subject: nothing to suggest (rule 1).
    expect(suggestIn(text, "2020-06-17", null)).toEqual([]);
  });
});
