// From a candidate to a suggestion's fields: who the speaker is (pronouns and "the ministry" resolved to the
// last speaker), their country on the statement's date, the attribution kind (coding rule 6), the date with
// its precision (rule 8), and the holders of a stance (rule 2: the countries the statement is about, else the
// speaker's).
import type { Candidate } from "./candidates";
import type { CountryMatcher } from "./countries";
import { dateExpressions, type DateExpression, type ResolvedDate } from "./dates";
import type { Mention } from "./mentions";
import type { Attribution, KnownOrganization, KnownPerson, SuggestedSpeaker } from "./types";
import { ANALYST_WORDS, SPOKESPERSON_WORDS } from "./vocabulary";

export interface ResolvedSpeaker {
  speaker: SuggestedSpeaker;
  /** The country before the role lookup (from the text); the role on the date wins for known people. */
  textCountry: string | null;
  analyst: boolean;
  spokesperson: boolean;
  mention: Mention;
}

/** Resolves pronouns and bare organization references against the speakers and mentions before them. */
export function resolveSpeaker(
  mention: Mention,
  previous: ResolvedSpeaker[],
  mentions: Mention[],
  acronyms: Map<string, string>,
): Mention | null {
  if (mention.owners) {
    // "Kim said": the Kim who spoke last, when one did; otherwise the one named last.
    const speaking = [...previous]
      .reverse()
      .find((speaker) => mention.owners?.some((owner) => sameIdentity(owner, speaker.mention)));
    if (speaking) return { ...speaking.mention, start: mention.start, end: mention.end };
  }
  if (mention.kind === "pronoun") {
    const pronoun = mention.pronoun;
    if (pronoun === "it")
      return [...previous].reverse().find((speaker) => speaker.mention.kind === "organization")?.mention ?? null;
    if (pronoun === "they") return previous.at(-1)?.mention ?? null;
    const person = [...previous]
      .reverse()
      .find(
        (speaker) =>
          speaker.mention.kind === "person" || (speaker.mention.kind === "unnamed_source" && !speaker.mention.plural),
      );
    if (person) return person.mention;
    return [...mentions].reverse().find((other) => other.end <= mention.start && other.kind === "person") ?? null;
  }
  if (mention.kind === "unnamed_source" && mention.country == null && !mention.analyst) {
    const acronym = [...acronyms].find(([name]) => new RegExp(`\\b${name}\\b`).test(mention.name));
    if (acronym) return { ...mention, country: acronym[1] };
  }
  if (mention.kind === "organization" && mention.country == null) {
    const acronym = acronyms.get(mention.name);
    if (acronym) return { ...mention, country: acronym };
    const earlier = [...mentions]
      .reverse()
      .find(
        (other) =>
          other.end <= mention.start &&
          other.kind === "organization" &&
          other.country != null &&
          sameKindOfBody(other.name, mention.name),
      );
    if (earlier) return { ...mention, name: earlier.name, country: earlier.country };
  }
  return mention;
}

function sameKindOfBody(a: string, b: string): boolean {
  const kind = (name: string) =>
    /ministry|mofa|mfa/i.test(name)
      ? "ministry"
      : /department|state/i.test(name)
        ? "department"
        : /embassy/i.test(name)
          ? "embassy"
          : "other";
  return kind(a) === kind(b) || kind(b) === "other";
}

/** "South Korean Ministry of Foreign Affairs (MOFA)" teaches that MOFA is South Korea's in this article. */
export function acronymCountries(mentions: Mention[]): Map<string, string> {
  const acronyms = new Map<string, string>();
  for (const mention of mentions) {
    const defined = /\(([A-Z]{2,6})\)$/.exec(mention.name);
    if (defined && mention.country) acronyms.set(defined[1], mention.country);
  }
  return acronyms;
}

const GOVERNMENT_NAMES: Record<string, string> = {
  KR: "South Korean government",
  KP: "North Korean government",
  CN: "Chinese government",
  US: "U.S. government",
  JP: "Japanese government",
  RU: "Russian government",
  UN: "United Nations",
};

export function describeSpeaker(
  mention: Mention,
  people: Map<number, KnownPerson>,
  organizations: KnownOrganization[],
  outlet: string | null,
  spoken: boolean,
): ResolvedSpeaker {
  if (!spoken) {
    return {
      speaker: { name: outlet ?? "The outlet", kind: "outlet", personId: null, organizationId: null },
      textCountry: mention.country,
      analyst: false,
      spokesperson: false,
      mention,
    };
  }
  if (mention.kind === "person") {
    const person = mention.personId != null ? people.get(mention.personId) : undefined;
    const roles = person?.roles ?? [];
    const analyst =
      mention.analyst ||
      (roles.length > 0 && roles.every((role) => ANALYST_WORDS.test(`${role.title} ${role.organization ?? ""}`)));
    const spokesperson = mention.spokesperson || roles.some((role) => SPOKESPERSON_WORDS.test(role.title));
    return {
      speaker: {
        name: person?.name ?? mention.name,
        kind: "person",
        personId: person?.id ?? null,
        organizationId: null,
      },
      textCountry: mention.country,
      analyst,
      spokesperson,
      mention,
    };
  }
  if (mention.kind === "government") {
    const codes = mention.countries ?? (mention.country ? [mention.country] : []);
    const names = codes.map((code) => (GOVERNMENT_NAMES[code] ?? `${code} government`).replace(/ governments?$/, ""));
    const name = names.length > 0 ? `${names.join(" and ")} government${names.length > 1 ? "s" : ""}` : mention.name;
    const known = codes.length === 1 ? matchOrganization(organizations, name, codes[0]) : null;
    return {
      speaker: { name: known?.name ?? name, kind: "organization", personId: null, organizationId: known?.id ?? null },
      textCountry: mention.country,
      analyst: false,
      spokesperson: false,
      mention,
    };
  }
  if (mention.kind === "organization") {
    const name = mention.name.replace(/\s*\([A-Z]{2,6}\)$/, "");
    const known = matchOrganization(organizations, name, mention.country);
    return {
      speaker: { name: known?.name ?? name, kind: "organization", personId: null, organizationId: known?.id ?? null },
      textCountry: mention.country,
      analyst: false,
      spokesperson: false,
      mention,
    };
  }
  const name = mention.name.charAt(0).toUpperCase() + mention.name.slice(1);
  return {
    speaker: { name, kind: "unnamed", personId: null, organizationId: null },
    textCountry: mention.country,
    analyst: mention.analyst,
    spokesperson: false,
    mention,
  };
}

/** Rule 6 in code: who speaks, and how, decides the attribution kind. */
export function attributionOf(resolved: ResolvedSpeaker, candidate: Candidate): Attribution {
  if (resolved.speaker.kind === "outlet") return "reported";
  if (resolved.analyst) return "analyst";
  if (resolved.speaker.kind === "unnamed") {
    // "A Foreign Ministry spokesperson said": an official statement, unless the text says they spoke anonymously.
    const spokesperson = SPOKESPERSON_WORDS.test(resolved.mention.name);
    return spokesperson && !candidate.anonymous ? "official_statement" : "anonymous_source";
  }
  if (resolved.speaker.kind === "organization")
    return resolved.mention.kind === "government" && candidate.rule !== "according" ? "reported" : "official_statement";
  return resolved.spokesperson ? "official_statement" : "on_record";
}

/** The role a known person held on a date: its country. Without a dated match, the only country they served. */
export function countryOnDate(person: KnownPerson | undefined, date: string): string | null {
  if (!person) return null;
  const held = person.roles.filter(
    (role) => (role.startsOn == null || role.startsOn <= date) && (role.endsOn == null || date <= role.endsOn),
  );
  const countries = new Set((held.length > 0 ? held : person.roles).map((role) => role.countryCode));
  return countries.size === 1 ? [...countries][0] : held.length > 0 ? held[0].countryCode : null;
}

/**
 * The statement's date: a date expression in the attribution (cue) first, then in the rest of the sentence
 * outside quotation marks, then the date given where the same speaker was last mentioned in the paragraphs
 * before ("On Friday evening, Chung met with … Wang Yi" dates Wang's quotes that follow).
 */
export function statementDate(
  text: string,
  candidate: Candidate,
  publishedOn: string,
  blanked: string,
  speakerMentions: Mention[],
  sentenceOf: (offset: number) => { start: number; end: number } | undefined,
): (ResolvedDate & { reportedOn: boolean }) | null {
  const pick = (found: DateExpression[]) =>
    found.length > 0 ? { statedOn: found[0].statedOn, precision: found[0].precision, reportedOn: false } : null;
  const inCue = pick(dateExpressions(blanked.slice(candidate.cue.start, candidate.cue.end), publishedOn));
  if (inCue) return inCue;
  const sentence = candidate.sentence;
  const outside = dateExpressions(blanked.slice(sentence.start, sentence.end), publishedOn, sentence.start).filter(
    (found) =>
      !(
        candidate.rule !== "summary" &&
        candidate.span.start <= found.start &&
        found.end <= candidate.span.end &&
        candidate.rule === "direct"
      ),
  );
  const inSentence = pick(outside);
  if (inSentence) return inSentence;
  for (const mention of [...speakerMentions].reverse()) {
    if (mention.start >= sentence.start || sentence.start - mention.start > 1500) continue;
    const around = sentenceOf(mention.start);
    if (!around) continue;
    const found = pick(dateExpressions(blanked.slice(around.start, around.end), publishedOn));
    if (found) return found;
  }
  void text;
  return null;
}

/** Text with every quotation's words replaced by spaces, so that a date inside a quote is not its date. */
export function blankQuotations(text: string, spans: { start: number; end: number }[]): string {
  let result = text;
  for (const span of spans)
    result = result.slice(0, span.start) + " ".repeat(span.end - span.start) + result.slice(span.end);
  return result;
}

const SUBJECT_VERB =
  /^(?:(?:['’]s)?\s+(?:top|chief|senior|foreign|new)\s+\w+)?(?:\s+(?:government|administration|leadership|side|regime|authorities))?(?:\s+(?:on|last|this|earlier|in)\s+\w+)?[\s“"]+(?:(?:also|still|now|would|will|may|might|could|probably|reportedly|apparently|clearly|has|have|had|is|are|was|were|definitely|firmly|strongly)\s+)*(?:is|are|was|were|has|have|had|will|would|may|might|could|should|must|continues?|wants?|favou?rs?|supports?|backs?|backed|opposes?|rejects?|sees?|saw|thinks?|believes?|prefers?|prefer|demands?|seeks?|hopes?|plans?|signall?ed|said|says|convinced|expressed|agreed|need|needs|want|remains?|appears?|insists?|[a-z]+ed)\b/;

/**
 * The countries a statement's subject names: a country directly followed by its verb ("the U.S. would probably
 * prefer", "China “expressed", "China’s top diplomat has backed"), with any joined to it by "and" ("China and
 * South Korea are"); or the country convinced or urged to hold the position.
 */
export function subjectCountries(statement: string, countries: CountryMatcher): string[] {
  const convinced =
    /\b(?:convinced|persuaded|won\s+over)\s+((?:the\s+)?[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*)?)\s+to\b/.exec(statement);
  if (convinced) return countries.mentions(convinced[1]).map((mention) => mention.code);
  if (/^(?:(?:But|And|Yet|So|However),?\s+)?(?:the\s+)?(?:two|both)\s+Koreas\b/i.test(statement)) return ["KR", "KP"];
  const mentions = countries.mentions(statement);
  for (let index = 0; index < mentions.length; index++) {
    const group = [mentions[index]];
    while (
      group.length + index < mentions.length &&
      /^\s+and\s+(?:the\s+)?$/.test(statement.slice(group[group.length - 1].end, mentions[index + group.length].start))
    ) {
      group.push(mentions[index + group.length]);
    }
    const last = group[group.length - 1];
    // A country inside a prepositional phrase ("talks with North Korea") is not a subject.
    const before = statement.slice(Math.max(0, group[0].start - 12), group[0].start);
    if (/\b(?:with|to|by|of|for|on|toward|towards|from|against|between|in|at|and)\s+(?:the\s+)?$/i.test(before))
      continue;
    // "North Korea must first take steps": the country obliged is not the one demanding it.
    if (
      /^\s+(?:must|should|has\s+to|have\s+to|needs\s+to|ought\s+to)\b/.test(statement.slice(last.end, last.end + 20))
    ) {
      index += group.length - 1;
      continue;
    }
    if (SUBJECT_VERB.test(statement.slice(last.end, last.end + 80))) {
      return [...new Set(group.map((mention) => mention.code))];
    }
    index += group.length - 1;
  }
  return [];
}

/** What kind of body a name is, so "the foreign ministry", "MOFA" and "Ministry of Foreign Affairs" are one. */
function bodyKey(name: string): string {
  const rules: [RegExp, string][] = [
    [/foreign|MOFA|MFA/i, "foreign"],
    [/unification|MOU/i, "unification"],
    [/defen[cs]e|MND|Pentagon/i, "defense"],
    [/embassy/i, "embassy"],
    [/State Department|Department of State/i, "state-department"],
    [/White House|National Security Council|Cheong Wa Dae|Blue House|presidential office|Kremlin/i, "head-of-state"],
    [/Central News Agency|KCNA|Rodong/i, "news-agency"],
    [/government|administration|regime|authorities/i, "government"],
  ];
  return rules.find(([pattern]) => pattern.test(name))?.[1] ?? name.toLowerCase().replace(/^the\s+/, "");
}

/** The tracker's organization of that kind and country, if it has one. */
export function matchOrganization(
  organizations: KnownOrganization[],
  name: string,
  country: string | null,
): KnownOrganization | null {
  const key = bodyKey(name);
  return (
    organizations.find((organization) => organization.countryCode === country && bodyKey(organization.name) === key) ??
    null
  );
}

function sameIdentity(a: Mention, b: Mention): boolean {
  return a.personId != null || b.personId != null ? a.personId === b.personId : a.name === b.name;
}
