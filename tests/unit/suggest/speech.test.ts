// Reporting verbs and indirect speech: "X said (that) …", postposed "…, the ministry said", "according to X",
// a government's position summarized by the journalist, and multi-sentence quotes narrowed to the statement.
import { describe, expect, it } from "vitest";
import { suggestIn } from "./context";

describe("indirect speech", () => {
  it("takes the clause after the reporting verb, skipping a parenthetical between speaker and verb", () => {
    const text =
      "Kang Kyung-wha, speaking to lawmakers in Seoul, said that an end-of-war declaration would help restart denuclearization talks with Pyongyang.";
    const [suggestion] = suggestIn(text);
    expect(suggestion.exact).toBe(
      "an end-of-war declaration would help restart denuclearization talks with Pyongyang.",
    );
    expect(suggestion.speaker.name).toBe("Kang Kyung-wha");
    expect(suggestion.stances.map((stance) => `${stance.dimension}:${stance.position}`)).toEqual(
      expect.arrayContaining(["instrument:declaration", "sequencing:declaration_first"]),
    );
  });

  it("reads a postposed attribution: the statement is what comes before it", () => {
    const text =
      "Pyongyang must take fundamental steps toward denuclearization before any declaration, the State Department said on Monday.";
    const [suggestion] = suggestIn(text);
    expect(suggestion.exact).toMatch(
      /^Pyongyang must take fundamental steps toward denuclearization before any declaration/,
    );
    expect(suggestion.speaker.kind).toBe("organization");
    expect(suggestion.speakerCountry).toBe("US");
    expect(suggestion.attribution).toBe("official_statement");
    expect(suggestion.stances).toContainEqual(
      expect.objectContaining({ dimension: "sequencing", position: "denuclearization_first" }),
    );
  });

  it("names the speaker after “according to”", () => {
    const text =
      "Japan opposes a declaration that is premature under present conditions, according to the Japanese Foreign Ministry.";
    const [suggestion] = suggestIn(text);
    expect(suggestion.speaker).toMatchObject({ kind: "organization" });
    expect(suggestion.speakerCountry).toBe("JP");
    expect(suggestion.stances).toContainEqual(
      expect.objectContaining({ dimension: "instrument", position: "against_now", holder: "JP" }),
    );
  });

  it("attributes a journalist's summary of a government to the outlet, the government holding the stance", () => {
    const [suggestion] = suggestIn(
      "Russia favors a peace treaty instead, because only a treaty would be legally binding.",
    );
    expect(suggestion.speaker).toEqual({
      name: "The Daily Test",
      kind: "outlet",
      personId: null,
      organizationId: null,
    });
    expect(suggestion.attribution).toBe("reported");
    expect(suggestion.reportedOn).toBe(true);
    expect(suggestion.stances).toEqual([
      expect.objectContaining({ dimension: "instrument", position: "treaty", holder: "RU" }),
    ]);
  });

  it("leaves out a journalist's sentence that takes no position", () => {
    expect(suggestIn("China is North Korea’s most important political ally and largest trade partner.")).toEqual([]);
  });

  it("narrows an analyst's quote of several sentences to the one with a position, held by its subject", () => {
    const text =
      "Victor Cha, a senior fellow at the Center for Strategic and International Studies, said: “Nobody expects a breakthrough soon. Beijing would probably prefer a four-party declaration that includes China.”";
    const [suggestion] = suggestIn(text);
    expect(suggestion.exact).toBe("Beijing would probably prefer a four-party declaration that includes China.");
    expect(suggestion.attribution).toBe("analyst");
    expect(suggestion.stances).toEqual([
      expect.objectContaining({ dimension: "parties", position: "four_party", holder: "CN", strength: "implied" }),
    ]);
  });

  it("skips an analyst's context (coding rule 1)", () => {
    expect(
      suggestIn(
        "“The talks have stalled for a year,” said Victor Cha, a senior fellow at the Center for Strategic and International Studies.",
      ),
    ).toEqual([]);
  });
});

describe("speakers not in the tracker", () => {
  it("takes a person's country from the title before the name", () => {
    const text =
      "Japanese Chief Cabinet Secretary Katsunobu Kato said the declaration was premature while North Korea keeps firing missiles.";
    const [suggestion] = suggestIn(text);
    expect(suggestion.speaker).toEqual({
      name: "Katsunobu Kato",
      kind: "person",
      personId: null,
      organizationId: null,
    });
    expect(suggestion.speakerCountry).toBe("JP");
    expect(suggestion.attribution).toBe("on_record");
  });

  it("describes an unnamed source as the text does, with a country only from a demonym", () => {
    const [placed] = suggestIn("A source in Beijing said, “China supports an end-of-war declaration.”");
    expect(placed.speaker).toMatchObject({ kind: "unnamed", name: "A source in Beijing" });
    expect(placed.speakerCountry).toBeNull();
    expect(placed.attribution).toBe("anonymous_source");
    const [official] = suggestIn(
      "A senior South Korean official said, “We want an early declaration to bring North Korea back to talks.”",
    );
    expect(official.speakerCountry).toBe("KR");
  });

  it("matches a known person by alias and by a spelling without hyphens", () => {
    const [alias] = suggestIn("“We will keep pushing for an end-of-war declaration,” Steve Biegun said on Friday.");
    expect(alias.speaker.personId).toBe(3);
    const [spaced] = suggestIn("“We back an end-of-war declaration,” Kang Kyung wha said.");
    expect(spaced.speaker.personId).toBe(2);
  });
});

describe("more ways news reports attribute", () => {
  it("reads “According to X, …” as X's statement, the words after the comma", () => {
    const [suggestion] = suggestIn(
      "According to a senior government official in Seoul, the two Koreas could sign a declaration first and then move toward a peace treaty.",
    );
    expect(suggestion.exact).toBe("the two Koreas could sign a declaration first and then move toward a peace treaty.");
    expect(suggestion.speaker).toMatchObject({ kind: "unnamed", name: "A senior government official in Seoul" });
    expect(suggestion.stances.map((stance) => `${stance.position}@${stance.holder}`)).toEqual([
      "declaration_then_treaty@KR",
      "declaration_then_treaty@KP",
    ]);
  });

  it("names the person in an appositive that ends the sentence, and reads a quote whose cue follows its second sentence", () => {
    const text =
      "“Nobody expects a breakthrough. Pyongyang will not accept a declaration unless sanctions are eased first,” said Go Myong-hyun, a research fellow at the Asan Institute for Policy Studies.";
    const [suggestion] = suggestIn(text);
    expect(suggestion.speaker).toMatchObject({ kind: "person", name: "Go Myong-hyun" });
    expect(suggestion.attribution).toBe("analyst");
    expect(suggestion.exact).toBe("Pyongyang will not accept a declaration unless sanctions are eased first");
    expect(suggestion.stances.map((stance) => `${stance.dimension}:${stance.position}@${stance.holder}`)).toEqual(
      expect.arrayContaining(["instrument:against_now@KP", "sequencing:hostile_policy_first@KP"]),
    );
  });

  it("reads the position in the reporting verb itself, and the parties from a list", () => {
    const text =
      "Kang Kyung-wha proposed a declaration at the forum on Tuesday, calling for the two Koreas, the United States and China to jointly declare an end to the war.";
    const [suggestion] = suggestIn(text);
    expect(suggestion.stances.map((stance) => `${stance.dimension}:${stance.position}`)).toEqual(
      expect.arrayContaining(["instrument:declaration", "parties:four_party"]),
    );
  });

  it("gives a family name several people share to the one who spoke last", () => {
    const text = [
      "Kim Yo-jong, the sister of North Korean leader Kim Jong-un, said on Friday that a declaration is premature.",
      "“The declaration would be meaningless as long as the hostile policy remains,” Kim said.",
    ].join("\n\n");
    const suggestions = suggestIn(text, "2021-09-24");
    expect(suggestions.map((suggestion) => suggestion.speaker.name)).toEqual(["Kim Yo-jong", "Kim Yo-jong"]);
    expect(suggestions[1].speakerCountry).toBe("KP");
  });
});

describe("holders, hedges and unnamed spokespeople", () => {
  it("gives a demand on North Korea to the country demanding it, and reads an anonymous spokesperson as a source", () => {
    const text =
      "A U.S. State Department spokesperson, speaking on condition of anonymity, said Washington remained committed to dialogue but that North Korea must first take concrete steps toward complete denuclearization.";
    const [suggestion] = suggestIn(text);
    expect(suggestion).toMatchObject({ attribution: "anonymous_source", speakerCountry: "US" });
    expect(suggestion.stances).toEqual([
      expect.objectContaining({ dimension: "sequencing", position: "denuclearization_first", holder: "US" }),
    ]);
  });

  it("reads “no objection” to a declaration as support, not as a negation", () => {
    const text =
      'Japanese Prime Minister Fumio Kishida said in a speech last week that Tokyo had "no objection" to a declaration as long as it did not weaken the alliance.';
    const [suggestion] = suggestIn(text, "2021-12-14");
    expect(suggestion.speaker).toMatchObject({ name: "Fumio Kishida", kind: "person" });
    expect(suggestion).toMatchObject({ speakerCountry: "JP", reportedOn: true });
    expect(suggestion.stances).toEqual([expect.objectContaining({ position: "declaration", holder: "JP" })]);
  });

  it("finds a UN official named after a hyphenated title, dated by “last month”", () => {
    const text =
      "The United Nations Secretary-General Antonio Guterres last month welcomed efforts by the two Koreas and said the U.N. stood ready to support any agreement that brings lasting peace.";
    const [suggestion] = suggestIn(text, "2021-12-14");
    expect(suggestion).toMatchObject({
      speaker: { name: "Antonio Guterres", kind: "person" },
      speakerCountry: "UN",
      statedOn: "2021-11-01",
      precision: "month",
    });
  });
});

describe("state media", () => {
  it("reads “quoted X as saying” with a name of several words, and a spokesperson's affiliation for the country", () => {
    const quoted = suggestIn(
      "KCNA quoted Kim Yo-jong as saying that the declaration is premature while the hostile policy remains.",
    );
    expect(quoted[0]?.speaker).toMatchObject({ name: "Kim Yo-jong", kind: "person" });
    const [spokesperson] = suggestIn(
      "A spokesperson for the North's foreign ministry said the declaration would be meaningless while joint military drills continue.",
    );
    expect(spokesperson).toMatchObject({ attribution: "official_statement", speakerCountry: "KP" });
  });
});
