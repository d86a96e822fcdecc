// Ways an English news article names the states and organizations of this domain: names, demonyms, capitals
// and seats of government used as metonyms ("Seoul", "the White House"). Longer names come first so that
// "North Korea" is never read as "Korea". Countries the tracker knows beyond these are matched by their names.
import type { KnownCountry } from "./types";

const NAMES: [code: string, names: string[]][] = [
  [
    "KP",
    [
      "North Korea",
      "North Korean",
      "N. Korea",
      "N. Korean",
      "N Korea",
      "Pyongyang",
      "DPRK",
      "D.P.R.K.",
      "Democratic People's Republic of Korea",
      "Democratic People’s Republic of Korea",
      "the North",
      "KCNA",
      "Korean Central News Agency",
      "Workers' Party",
      "Workers’ Party",
    ],
  ],
  [
    "KR",
    [
      "South Korea",
      "South Korean",
      "S. Korea",
      "S. Korean",
      "S Korea",
      "Seoul",
      "ROK",
      "R.O.K.",
      "Republic of Korea",
      "the South",
      "Cheong Wa Dae",
      "Blue House",
      "Korean government",
      "Moon administration",
      "Moon Jae-in administration",
      "Moon government",
      "Yoon administration",
    ],
  ],
  [
    "CN",
    [
      "China",
      "Chinese",
      "Beijing",
      "PRC",
      "People's Republic of China",
      "People’s Republic of China",
      "Zhongnanhai",
      "Hong Kong",
      "Xinhua",
    ],
  ],
  [
    "US",
    [
      "United States",
      "U.S.",
      "US",
      "USA",
      "America",
      "American",
      "Americans",
      "Washington",
      "White House",
      "State Department",
      "Department of State",
      "Pentagon",
      "Trump administration",
      "Biden administration",
    ],
  ],
  ["JP", ["Japan", "Japanese", "Tokyo"]],
  ["RU", ["Russia", "Russian", "Moscow", "Kremlin", "Russian Federation"]],
  ["UN", ["United Nations", "UN", "U.N.", "Security Council", "UN Command", "United Nations Command"]],
  ["EU", ["European Union", "EU", "E.U.", "Brussels"]],
];

export interface CountryMention {
  start: number;
  end: number;
  code: string;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A matcher for the built-in names plus every country the tracker holds (by name and short name). */
export function countryMatcher(known: KnownCountry[] = []) {
  const entries = new Map<string, string>();
  for (const [code, names] of NAMES) for (const name of names) entries.set(name, code);
  for (const country of known) {
    for (const name of [country.name, country.shortName])
      if (name.length > 2 && !entries.has(name)) entries.set(name, country.code);
  }
  const names = [...entries.keys()].sort((a, b) => b.length - a.length);
  // Case-sensitive on purpose: "US" is the country, "us" is a pronoun. "the North"/"the South" need the article.
  const pattern = new RegExp(`(?<![A-Za-z])(?:${names.map(escape).join("|")})(?:['’]s)?(?![A-Za-z-])`, "g");
  const byName = new Map([...entries].map(([name, code]) => [name.toLowerCase(), code]));

  return {
    mentions(text: string, offset = 0): CountryMention[] {
      const found: CountryMention[] = [];
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        const name = match[0].replace(/['’]s$/, "");
        const code = byName.get(name.toLowerCase());
        if (code) found.push({ start: offset + match.index, end: offset + match.index + match[0].length, code });
      }
      return found;
    },
    /** The country a phrase names first ("South Korea's foreign ministry" → KR), or null. */
    first(text: string): string | null {
      return this.mentions(text)[0]?.code ?? null;
    },
  };
}

export type CountryMatcher = ReturnType<typeof countryMatcher>;
