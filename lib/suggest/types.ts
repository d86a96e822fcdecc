// The shapes the suggestion engine takes and gives. Pure: no database, no server code, so the engine runs in
// a script, a test or the workspace's server action alike. The loader (load-context.ts) fills a SuggestContext
// from the database; tests build one by hand.

/** Coding rule 6, spelled as the data model spells it (Quote.speakerKind). */
export type SpeakerKind = "person" | "organization" | "outlet" | "unnamed";
export type Attribution = "on_record" | "official_statement" | "anonymous_source" | "reported" | "analyst";
export type DatePrecision = "day" | "month" | "year";
export type StanceStrength = "explicit" | "implied";

export interface KnownRole {
  countryCode: string;
  title: string;
  organization: string | null;
  /** ISO dates (YYYY-MM-DD); null when unknown or still held. */
  startsOn: string | null;
  endsOn: string | null;
}

export interface KnownPerson {
  id: number;
  name: string;
  aliases: string[];
  roles: KnownRole[];
}

export interface KnownCountry {
  code: string;
  name: string;
  shortName: string;
}

export interface KnownOrganization {
  id: number;
  name: string;
  countryCode: string | null;
}

export interface CodebookPosition {
  dimension: string;
  position: string;
  label: string;
  definition: string;
}

export interface ApprovedQuote {
  text: string;
  /** The article it is anchored in, so that an article's own quotes never vote on its suggestions. */
  articleId: number | null;
  stances: { dimension: string; position: string }[];
}

/** What the engine knows besides the article: the tracker's people, countries, codebook and approved quotes. */
export interface SuggestContext {
  people: KnownPerson[];
  organizations: KnownOrganization[];
  countries: KnownCountry[];
  codebook: CodebookPosition[];
  approvedQuotes: ApprovedQuote[];
}

export interface ArticleInput {
  text: string;
  /** The article's date (YYYY-MM-DD): weekday names and "last year" are resolved against it. */
  publishedOn: string;
  /** The outlet's name: the speaker of a journalist's own summary. */
  outlet: string | null;
  /** Approved quotes anchored in this article are left out of the similarity vote. */
  articleId?: number | null;
}

export interface SuggestedSpeaker {
  name: string;
  kind: SpeakerKind;
  /** Set when the speaker is a person the tracker knows. */
  personId: number | null;
  /** Set when the speaker is an organization the tracker knows. */
  organizationId: number | null;
}

export interface SuggestedStance {
  dimension: string;
  position: string;
  /** Country code of the holder; null when the text gives none (an analyst speaking in general). */
  holder: string | null;
  strength: StanceStrength;
  /** 0–1: how sure the engine is of this stance. */
  confidence: number;
}

export interface Suggestion {
  start: number;
  end: number;
  exact: string;
  speaker: SuggestedSpeaker;
  speakerCountry: string | null;
  attribution: Attribution;
  statedOn: string;
  precision: DatePrecision;
  /** True when the text gives no date and the article's date stands in for it (coding rule 8). */
  reportedOn: boolean;
  stances: SuggestedStance[];
  /** 0–1: how sure the engine is that this is a statement to code. */
  score: number;
}

export type SuggestResult =
  { language: "en"; suggestions: Suggestion[] } | { language: string; suggestions: []; message: string };
