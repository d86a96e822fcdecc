// A small hand-built context for the engine's unit tests: people, countries and the starting codebook, no
// database. The people are not the demo's, so that the rules are tested on names they were not written for.
import { STARTING_CODEBOOK } from "@/prisma/seed/starting-codebook";
import type { ArticleInput, SuggestContext } from "@/lib/suggest/types";
import { suggest } from "@/lib/suggest/suggest";

export const CONTEXT: SuggestContext = {
  people: [
    {
      id: 1,
      name: "Sergey Lavrov",
      aliases: ["Сергей Лавров"],
      roles: [
        {
          countryCode: "RU",
          title: "Minister of Foreign Affairs",
          organization: "Russian MFA",
          startsOn: "2004-03-09",
          endsOn: null,
        },
      ],
    },
    {
      id: 2,
      name: "Kang Kyung-wha",
      aliases: ["강경화"],
      roles: [
        {
          countryCode: "KR",
          title: "Minister of Foreign Affairs",
          organization: "MOFA",
          startsOn: "2017-06-18",
          endsOn: "2021-02-08",
        },
      ],
    },
    {
      id: 3,
      name: "Stephen Biegun",
      aliases: ["Steve Biegun"],
      roles: [
        {
          countryCode: "US",
          title: "Special Representative for North Korea",
          organization: "State Department",
          startsOn: "2018-08-23",
          endsOn: "2021-01-20",
        },
      ],
    },
    {
      id: 4,
      name: "Victor Cha",
      aliases: [],
      roles: [
        {
          countryCode: "US",
          title: "Korea Chair",
          organization: "Center for Strategic and International Studies",
          startsOn: null,
          endsOn: null,
        },
      ],
    },
  ],
  organizations: [{ id: 1, name: "Ministry of Foreign Affairs of Japan", countryCode: "JP" }],
  countries: [
    { code: "KR", name: "South Korea", shortName: "S. Korea" },
    { code: "KP", name: "North Korea", shortName: "N. Korea" },
    { code: "CN", name: "China", shortName: "China" },
    { code: "US", name: "United States", shortName: "U.S." },
    { code: "JP", name: "Japan", shortName: "Japan" },
    { code: "RU", name: "Russia", shortName: "Russia" },
    { code: "UN", name: "United Nations", shortName: "UN" },
  ],
  codebook: STARTING_CODEBOOK.flatMap((dimension) =>
    dimension.positions.map((position) => ({
      dimension: dimension.key,
      position: position.key,
      label: position.label,
      definition: position.definition,
    })),
  ),
  approvedQuotes: [],
};

export function suggestIn(
  text: string,
  publishedOn = "2020-06-17",
  outlet: string | null = "The Daily Test",
  context = CONTEXT,
) {
  const article: ArticleInput = { text, publishedOn, outlet };
  return suggest(article, context).suggestions;
}
