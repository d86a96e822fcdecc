// Who an article names: the tracker's people (by name or alias, spelled with or without hyphens), other named
// people introduced with a title ("South Korea's First Vice Foreign Minister Choi Jong-kun") or an
// appositive ("Ryo Hinata-Yamaguchi, a visiting professor at …"), later short references to either ("Choi",
// "Sherman"), organizations ("the Chinese Foreign Ministry", "MOFA", "KCNA"), unnamed sources as described
// ("a source in Seoul", "a senior MOFA official"), governments ("the South Korean government", "Seoul"), and
// pronouns. Each mention carries what the rules need later: a country, and whether it reads as an analyst or a
// spokesperson.
import type { CountryMatcher } from "./countries";
import type { KnownPerson } from "./types";
import { ANALYST_WORDS, NOT_NAME, PERSON_TITLE, SPOKESPERSON_WORDS } from "./vocabulary";

export type MentionKind = "person" | "organization" | "unnamed_source" | "government" | "pronoun";

export interface Mention {
  start: number;
  end: number;
  kind: MentionKind;
  /** The name as a reader would write it: the person's full name, the organization or source as described. */
  name: string;
  personId: number | null;
  /** Country named in the mention or its description; for known people, resolved from roles later. */
  country: string | null;
  analyst: boolean;
  spokesperson: boolean;
  plural: boolean;
  /** For pronouns: the word itself (he, she, they, it). */
  pronoun?: string;
  /** For a short form several people share ("Kim"): everyone it may refer to, most recent last. */
  owners?: Mention[];
  /** For governments named together ("Washington and Seoul"): every country. */
  countries?: string[];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A name as a pattern in which hyphens and spaces between its parts are interchangeable ("Kim Jong Un"). */
function namePattern(name: string): string {
  return name
    .trim()
    .split(/[\s\-‐–]+/)
    .map(escape)
    .join("[\\s\\-‐]+");
}

const NAME_TOKEN = "[A-Z][a-z]+(?:[-‐][A-Za-z][a-z]+)?";
const NAME_RUN = new RegExp(`(?<![A-Za-z’'-])(${NAME_TOKEN}(?:\\s+${NAME_TOKEN}){1,2})(?![A-Za-z-])`, "g");

/** The words before a name, back to the previous comma, parenthesis or sentence start. */
function descriptionBefore(text: string, start: number): string {
  const window = text.slice(Math.max(0, start - 90), start);
  const cut = Math.max(
    window.lastIndexOf(","),
    window.lastIndexOf("("),
    window.lastIndexOf("."),
    window.lastIndexOf("\n"),
    window.lastIndexOf("“"),
    window.lastIndexOf('"'),
  );
  return window.slice(cut + 1);
}

/** An appositive after a name: ", a visiting professor at …," or " at the Asan Institute …". */
function descriptionAfter(text: string, end: number): string {
  const window = text.slice(end, end + 220);
  const appositive = /^,\s+((?:an?|the)\s+)?[^,.;“"]*(?:,[^,.;“"]*){0,2}?(?=,\s|\.(?:\s|$)|$)/.exec(window);
  if (appositive) return appositive[0];
  const at = /^\s+(?:at|of|from)\s+(?:the\s+)?[A-Z][^,.;“"]*/.exec(window);
  return at ? at[0] : "";
}

function describe(description: string, countries: CountryMatcher) {
  const analyst = ANALYST_WORDS.test(description);
  const own = countries.first(
    description.replace(
      /\b(?:in|to|with|from|visited|toward|towards)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*/g,
      "",
    ),
  );
  return {
    // An analyst's country is that of the institution, often given by its place ("Renmin University in Beijing").
    country: own ?? (analyst ? countries.first(description) : null),
    analyst,
    spokesperson: SPOKESPERSON_WORDS.test(description),
  };
}

function overlaps(mentions: Mention[], start: number, end: number): boolean {
  return mentions.some((mention) => mention.start < end && start < mention.end);
}

const ORGANIZATION = new RegExp(
  [
    "(?:(?:the|The)\\s+)?(?:[A-Z][\\w.’']*(?:\\s+[A-Z][\\w.’']*)?\\s+)?(?:Foreign|foreign|Unification|unification|Defen[sc]e|defen[sc]e|Commerce|Trade)\\s+(?:Ministry|ministry)",
    "(?:(?:the|The)\\s+)?(?:[A-Z][\\w.’']*(?:\\s+[A-Z][\\w.’']*)?\\s+)?Ministry of [A-Z][A-Za-z]+(?:\\s+(?:of\\s+)?[A-Z][A-Za-z]+)*(?:\\s*\\([A-Z]{2,6}\\))?",
    "(?:(?:the|The)\\s+)?(?:U\\.?S\\.?\\s+|US\\s+)?(?:State Department|Department of State|White House|Pentagon|National Security Council)",
    "(?:(?:the|The)\\s+)?(?:Kremlin|Cheong Wa Dae|Blue House|presidential office|Presidential Office|Zhongnanhai)",
    "(?:(?:the|The)\\s+)?(?:Korean Central News Agency|KCNA|Rodong Sinmun)",
    "(?:(?:the|The)\\s+)?(?:[A-Z][\\w.’']*(?:\\s+[A-Z][\\w.’']*)?['’]s\\s+|[A-Z][\\w.’']*\\s+)?(?:embassy|Embassy)(?:\\s+in\\s+[A-Z][a-z]+)?",
    "(?:(?:the|The)\\s+)?(?:UN|U\\.N\\.|United Nations)\\s+(?:Security Council|Command|Secretary-General|spokesperson)",
    "\\b(?:MOFA|MFA|MOU|MND|NSC)\\b",
    "(?:the|The)\\s+(?:ministry|department|agency|foreign ministry)\\b",
  ].join("|"),
  "g",
);

const UNNAMED =
  /\b(?:(?:an?|An?|one|One|two|Two|three|several|Several|some|Some|other|many|senior|Senior)\s+)(?:[A-Za-z’'.-]+\s+){0,4}?(?:sources?|officials?|diplomats?|insiders?|aides?|people familiar|spokes(?:person|man|woman))\b(?:\s+(?:in|from|at|with|familiar with|close to|of|for)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Za-z][\w’'.-]*)*?(?:\s+(?:foreign\s+)?ministry)?)?/g;
const UNNAMED_PLURAL =
  /\b(?:(?:South Korean|North Korean|Chinese|U\.S\.|US|American|Japanese|Russian|UN|government|diplomatic|senior|Seoul|Beijing|Washington|Tokyo|Moscow|MOFA|ministry|military|security)\s+)+(?:officials|sources|diplomats)\b/g;
const ANALYST_GROUP = /\b(?:Experts|experts|Analysts|analysts|Observers|observers|Scholars|scholars)\b/g;
const GOVERNMENT_SUFFIX = /^\s+(?:government|administration|leadership|side|regime|authorities)\b/;
const PRONOUN = /\b(?:he|she|they|it|He|She|They|It)\b/g;

/** Every mention in the text, in reading order, none overlapping another. */
export function findMentions(text: string, people: KnownPerson[], countries: CountryMatcher): Mention[] {
  const mentions: Mention[] = [];
  const add = (mention: Mention) => {
    if (!overlaps(mentions, mention.start, mention.end)) mentions.push(mention);
  };

  // The tracker's people, by every spelling.
  for (const person of people) {
    const names = [person.name, ...person.aliases].filter((name) => name.trim().length > 1);
    const pattern = new RegExp(`(?<![\\p{L}])(?:${names.map(namePattern).join("|")})(?![\\p{L}])`, "gu");
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const described = describe(
        descriptionBefore(text, match.index) + descriptionAfter(text, match.index + match[0].length),
        countries,
      );
      add({
        start: match.index,
        end: match.index + match[0].length,
        kind: "person",
        name: person.name,
        personId: person.id,
        country: null,
        analyst: described.analyst,
        spokesperson: described.spokesperson,
        plural: false,
      });
    }
  }

  // Other named people: a run of two or three capitalized name-like words with a title before or an
  // appositive after, or directly followed by a reporting verb.
  NAME_RUN.lastIndex = 0;
  for (let match = NAME_RUN.exec(text); match; match = NAME_RUN.exec(text)) {
    const tokens = match[1].split(/\s+/);
    let offset = 0;
    while (tokens.length > 0 && NOT_NAME.has(tokens[0].replace(/['’]s$/, "")))
      offset += (tokens.shift() ?? "").length + 1;
    while (tokens.length > 0 && NOT_NAME.has(tokens[tokens.length - 1].replace(/['’]s$/, ""))) tokens.pop();
    if (tokens.length < 2 || tokens.some((token) => NOT_NAME.has(token))) continue;
    const start = match.index + offset;
    const end = start + tokens.join(" ").length;
    const before = descriptionBefore(text, start);
    const after = descriptionAfter(text, end);
    const followedBySpeech = /^\s*(?:,[^,]{0,120},\s*)?(?:said|says|told|added|wrote|noted)\b/.test(
      text.slice(end, end + 140),
    );
    // "KCNA quoted Kim Yo-jong as saying": only a person is quoted as saying.
    const quotedAs =
      /quoted\s+$/.test(text.slice(Math.max(0, start - 8), start)) && /^\s+as\s/.test(text.slice(end, end + 5));
    const titled = PERSON_TITLE.test(before.split(/\s+/).slice(-8).join(" ")) || PERSON_TITLE.test(after);
    if (!titled && !followedBySpeech && !quotedAs) continue;
    const described = describe(before + after, countries);
    add({ start, end, kind: "person", name: tokens.join(" "), personId: null, ...described, plural: false });
  }

  // Short references to people already named: the family name ("Chung", "Sullivan") or the first word of an
  // East Asian name given family name first.
  const named = [...mentions].filter((mention) => mention.kind === "person").sort((a, b) => a.start - b.start);
  const shortForms = new Map<string, Mention[]>();
  for (const mention of named) {
    const parts = mention.name.split(/[\s]+/);
    for (const part of new Set([parts[0], parts[parts.length - 1]])) {
      if (part.length < 2 || NOT_NAME.has(part)) continue;
      shortForms.set(part, [...(shortForms.get(part) ?? []), mention]);
    }
  }
  for (const [form, owners] of shortForms) {
    const pattern = new RegExp(`(?<![\\p{L}\\-‐])${escape(form)}(?:['’]s)?(?![\\p{L}\\-‐])`, "gu");
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      // The most recently named owner of this short form before this point.
      const at = match.index;
      const earlier = owners.filter((candidate) => candidate.start < at);
      const owner = earlier.at(-1);
      if (!owner) continue;
      // Several people share the short form ("Kim"): the speaker resolution prefers the one last speaking.
      add({
        ...owner,
        start: match.index,
        end: match.index + form.length,
        owners: earlier.length > 1 ? earlier : undefined,
      });
    }
  }

  for (const pattern of [UNNAMED, UNNAMED_PLURAL]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      // "a source in Seoul" is placed, not affiliated (rule 7: no country); "a spokesperson for the North's
      // foreign ministry" is affiliated, and the affiliation gives the country.
      const head = match[0].replace(/\s+(?:in|at|familiar with|close to)\s+.*$/, "");
      const plural = /(?:sources|officials|diplomats|insiders|aides|people familiar)\b/.test(head);
      add({
        start: match.index,
        end: match.index + match[0].length,
        kind: "unnamed_source",
        name: match[0],
        personId: null,
        country: countries.first(head),
        analyst: false,
        spokesperson: false,
        plural,
      });
    }
  }
  ORGANIZATION.lastIndex = 0;
  for (let match = ORGANIZATION.exec(text); match; match = ORGANIZATION.exec(text)) {
    const name = match[0].replace(/^(?:the|The)\s+/, "");
    add({
      start: match.index,
      end: match.index + match[0].length,
      kind: "organization",
      name,
      personId: null,
      country: organizationCountry(name, countries),
      analyst: false,
      spokesperson: false,
      plural: false,
    });
  }

  ANALYST_GROUP.lastIndex = 0;
  for (let match = ANALYST_GROUP.exec(text); match; match = ANALYST_GROUP.exec(text)) {
    add({
      start: match.index,
      end: match.index + match[0].length,
      kind: "unnamed_source",
      name: match[0][0].toUpperCase() + match[0].slice(1),
      personId: null,
      country: null,
      analyst: true,
      spokesperson: false,
      plural: true,
    });
  }

  for (const country of countries.mentions(text)) {
    const suffix = GOVERNMENT_SUFFIX.exec(text.slice(country.end, country.end + 20));
    let start = country.start;
    const before = /(?:the|The)\s+(?:(?:liberal|conservative|current|new|previous)\s+)?$/.exec(
      text.slice(Math.max(0, start - 30), start),
    );
    if (before) start -= before[0].length;
    const end = suffix ? country.end + suffix[0].length : country.end;
    add({
      start,
      end,
      kind: "government",
      name: text.slice(start, end),
      personId: null,
      country: country.code,
      analyst: false,
      spokesperson: false,
      plural: false,
    });
  }

  // "Washington and Seoul signalled …": one speaker standing for both governments.
  for (let index = mentions.length - 1; index >= 0; index--) {
    const first = mentions[index];
    if (first.kind !== "government") continue;
    const second = mentions.find(
      (other) =>
        other.kind === "government" &&
        other.start > first.end &&
        /^\s+and\s+$/.test(text.slice(first.end, other.start)),
    );
    if (!second || second.country === first.country) continue;
    mentions.splice(mentions.indexOf(second), 1);
    mentions[index] = {
      ...first,
      end: second.end,
      name: text.slice(first.start, second.end),
      country: null,
      countries: [first.country, second.country].filter((code): code is string => code != null),
    };
  }

  PRONOUN.lastIndex = 0;
  for (let match = PRONOUN.exec(text); match; match = PRONOUN.exec(text)) {
    add({
      start: match.index,
      end: match.index + match[0].length,
      kind: "pronoun",
      name: match[0],
      personId: null,
      country: null,
      analyst: false,
      spokesperson: false,
      plural: /they/i.test(match[0]),
      pronoun: match[0].toLowerCase(),
    });
  }

  return mentions.sort((a, b) => a.start - b.start);
}

const ORGANIZATION_COUNTRY: [RegExp, string][] = [
  [/State Department|Department of State|White House|Pentagon|National Security Council/, "US"],
  [/Korean Central News Agency|KCNA|Rodong Sinmun/, "KP"],
  [/Cheong Wa Dae|Blue House/, "KR"],
  [/Kremlin/, "RU"],
  [/Zhongnanhai/, "CN"],
  [/^(?:UN|U\.N\.|United Nations)\b/, "UN"],
];

function organizationCountry(name: string, countries: CountryMatcher): string | null {
  // "South Korea's embassy in Beijing" belongs to South Korea: the place after "in" is where it sits.
  const named = countries.first(name.replace(/\s+in\s+[A-Z][a-z]+$/, ""));
  if (named) return named;
  return ORGANIZATION_COUNTRY.find(([pattern]) => pattern.test(name))?.[1] ?? null;
}
