// The suggestion engine: an article's text in, candidate statements out, each with a speaker, the speaker's
// country on the date, the attribution kind, the date with its precision, the positions with holders, and a
// score. Pure and synchronous: the workspace, `npm run suggest` and the evaluation all call this function
// with a context the loader read from the database.
//
// Coding rule 1 decides what is suggested: a statement with a position, or a government actor's on-record or
// official statement about the declaration, the treaty or the talks. Context from analysts, unnamed sources
// and journalists is left out.
import { findCandidates, type Candidate } from "./candidates";
import { countryMatcher } from "./countries";
import { reportedOn } from "./dates";
import { detectLanguage, languageMessage } from "./language";
import { lexiconStances, NAMES_INSTRUMENT, TOPIC } from "./lexicon";
import { findMentions, type Mention } from "./mentions";
import { quotations } from "./quotations";
import {
  acronymCountries,
  attributionOf,
  blankQuotations,
  countryOnDate,
  describeSpeaker,
  resolveSpeaker,
  statementDate,
  subjectCountries,
  type ResolvedSpeaker,
} from "./resolve";
import type { Span } from "@/lib/anchoring/text-span";
import { sentences, type Sentence } from "./sentences";
import { similarityIndex } from "./similar";
import type { ArticleInput, SuggestContext, SuggestedStance, Suggestion, SuggestResult } from "./types";

/** Base confidence that a candidate is a statement to code, by the rule that found it. */
const RULE_SCORE: Record<Candidate["rule"], number> = {
  direct: 0.9,
  continuation: 0.75,
  according: 0.75,
  indirect: 0.7,
  summary: 0.55,
};
/** Reporting verbs that state a position by themselves. */
const STANCE_VERB =
  /^(?:proposed|proposes|called for|calls for|urged|urges|backed|backs|supported|supports|rejected|rejects|opposed|opposes|welcomed|welcomes|endorsed|endorses|demanded|demands)$/;
/** A similarity vote proposes a position the lexicon did not find only above this confidence. */
const SIMILARITY_ALONE = 0.6;

export function suggest(article: ArticleInput, context: SuggestContext): SuggestResult {
  const language = detectLanguage(article.text);
  if (language !== "eng") return { language, suggestions: [], message: languageMessage(language) };

  const text = article.text;
  const countries = countryMatcher(context.countries);
  const allSentences = sentences(text);
  const quotes = quotations(text);
  const mentions = findMentions(text, context.people, countries);
  const candidates = findCandidates({ text, sentences: allSentences, quotations: quotes, mentions });
  const people = new Map(context.people.map((person) => [person.id, person]));
  const positions = new Set(context.codebook.map((position) => `${position.dimension}:${position.position}`));
  const similar = similarityIndex(context.approvedQuotes, context.codebook, { id: article.articleId ?? null, text });
  const acronyms = acronymCountries(mentions);
  const blanked = blankQuotations(
    text,
    quotes.map((quote) => quote.inner),
  );
  const sentenceOf = (offset: number) =>
    allSentences.find((sentence) => sentence.start <= offset && offset < sentence.end);

  const speakers: ResolvedSpeaker[] = [];
  const suggestions: Suggestion[] = [];
  for (const candidate of candidates) {
    if (!candidate.speaker) continue;
    const mention = resolveSpeaker(candidate.speaker, speakers, mentions, acronyms);
    if (!mention) continue;
    const resolved = describeSpeaker(mention, people, context.organizations, article.outlet, candidate.spoken);
    speakers.push(resolved);
    const attribution = attributionOf(resolved, candidate);

    // Only a person's earlier mention dates their statement; a country is mentioned everywhere.
    const sameSpeaker = mention.kind === "person" ? mentions.filter((other) => sameReferent(other, mention)) : [];
    const date =
      statementDate(text, candidate, article.publishedOn, blanked, sameSpeaker, sentenceOf) ??
      reportedOn(article.publishedOn);
    const person = mention.personId != null ? people.get(mention.personId) : undefined;
    const speakerCountry = person
      ? (countryOnDate(person, date.statedOn) ?? resolved.textCountry)
      : resolved.textCountry;

    const stanceInputs = {
      positions,
      similar,
      countries,
      speakerCountry,
      speakerCountries: mention.countries,
      attribution,
    };
    const span = narrowToStances(
      text,
      candidate.span,
      allSentences,
      // The lexicon alone decides which sentences take a position: cheap, and what the narrowing needs.
      (words) => lexiconStances(words, positions).length > 0,
    );
    const exact = text.slice(span.start, span.end);
    // "Moon proposed the declaration …": a verb that takes a position is read with its clause.
    const withVerb = candidate.verb && STANCE_VERB.test(candidate.verb) ? `${candidate.verb} ${exact}` : exact;
    const stances = stancesFor(withVerb, stanceInputs);
    const onTopic = TOPIC.test(exact);
    if (stances.length === 0 && candidate.requiresPosition) continue;
    if (stances.length === 0) {
      // Rule 1: context only from a government actor on the record or officially, about the subject.
      const governmentOnRecord =
        (attribution === "on_record" || attribution === "official_statement") && candidate.spoken;
      if (!governmentOnRecord || !onTopic || /\balliance\b/i.test(exact)) continue;
      // Rule 4: a statement about the declaration or treaty that takes no side is `unclear`.
      if (NAMES_INSTRUMENT.test(exact) && positions.has("instrument:unclear")) {
        stances.push({
          dimension: "instrument",
          position: "unclear",
          holder: speakerCountry,
          strength: "explicit",
          confidence: 0.4,
        });
      }
    }
    if (attribution === "reported" && stances.length === 0) continue;

    const score = RULE_SCORE[candidate.rule] * (stances.length > 0 ? 1 : 0.85) * (onTopic ? 1 : 0.8);
    suggestions.push({
      start: span.start,
      end: span.end,
      exact,
      speaker: resolved.speaker,
      speakerCountry: resolved.speaker.kind === "outlet" ? singleHolder(stances) : speakerCountry,
      attribution,
      statedOn: date.statedOn,
      precision: date.precision,
      reportedOn: date.reportedOn,
      stances,
      score: Math.round(score * 100) / 100,
    });
  }
  return { language: "en", suggestions: removeRepeats(suggestions) };
}

function sameReferent(a: Mention, b: Mention): boolean {
  if (a.personId != null || b.personId != null) return a.personId === b.personId;
  return a.kind === b.kind && a.name === b.name;
}

function singleHolder(stances: SuggestedStance[]): string | null {
  const holders = new Set(stances.map((stance) => stance.holder));
  return holders.size === 1 ? [...holders][0] : null;
}

interface StanceInputs {
  positions: ReadonlySet<string>;
  similar: ReturnType<typeof similarityIndex>;
  countries: ReturnType<typeof countryMatcher>;
  speakerCountry: string | null;
  /** Governments speaking together ("Washington and Seoul signalled …") hold the stance together. */
  speakerCountries: string[] | undefined;
  attribution: string;
}

/**
 * A quotation of several sentences of which only some take a position is narrowed to those (rule 1: the
 * statement with the position is what gets coded; "If China participates …" before Shin's stance is not).
 */
function narrowToStances(text: string, span: Span, all: Sentence[], hasStance: (words: string) => boolean): Span {
  const inside = all.filter((sentence) => sentence.end > span.start && sentence.start < span.end);
  if (inside.length < 2) return span;
  const pieces = inside.map((sentence) => ({
    start: Math.max(span.start, sentence.start),
    end: Math.min(span.end, sentence.end),
  }));
  const withStance = pieces.filter((piece) => hasStance(text.slice(piece.start, piece.end)));
  if (withStance.length === 0 || withStance.length === pieces.length) return span;
  return { start: withStance[0].start, end: withStance[withStance.length - 1].end };
}

/** Positions from the lexicon and from similar approved quotes, each held by the subject's countries. */
function stancesFor(
  statement: string,
  { positions, similar, countries, speakerCountry, speakerCountries, attribution }: StanceInputs,
): SuggestedStance[] {
  const subjects = subjectCountries(statement, countries);
  // An analyst's own view is no country's stance: without a country as subject there is no holder.
  const holders =
    subjects.length > 0 ? subjects : attribution === "analyst" ? [null] : (speakerCountries ?? [speakerCountry]);
  const votes = similar.votes(statement);
  const found = new Map<string, { confidence: number; strength: SuggestedStance["strength"] }>();
  for (const hit of lexiconStances(statement, positions)) {
    const vote = votes.find((other) => other.dimension === hit.dimension && other.position === hit.position);
    found.set(`${hit.dimension}:${hit.position}`, {
      confidence: Math.min(0.99, hit.weight + (vote ? vote.confidence * 0.2 : 0)),
      strength: hit.strength,
    });
  }
  // A journalist's summary states its position in words the lexicon knows; a similar quote alone is not enough.
  if (attribution === "reported" && found.size === 0) return [];
  for (const vote of votes) {
    const key = `${vote.dimension}:${vote.position}`;
    if (found.has(key) || vote.confidence < SIMILARITY_ALONE || !positions.has(key)) continue;
    if ([...found.keys()].some((other) => other.startsWith(`${vote.dimension}:`))) continue;
    found.set(key, { confidence: vote.confidence * 0.7, strength: "implied" });
  }
  return [...found].flatMap(([key, value]) => {
    const [dimension, position] = key.split(":");
    return holders.map((holder) => ({
      dimension,
      position,
      holder,
      strength: value.strength,
      confidence: Math.round(value.confidence * 100) / 100,
    }));
  });
}

/**
 * The same words suggested twice (a press release quoted in the lead and again later) stay once: the later,
 * fuller report is kept when one quotation is inside another suggestion by the same kind of speaker.
 */
function removeRepeats(suggestions: Suggestion[]): Suggestion[] {
  const quoted = (suggestion: Suggestion) => new Set(suggestion.exact.match(/[“"][^”"]{6,}[”"]/g) ?? []);
  return suggestions.filter((suggestion, index) => {
    const mine = quoted(suggestion);
    return !suggestions.some(
      (other, otherIndex) =>
        otherIndex > index &&
        other.speaker.kind === suggestion.speaker.kind &&
        other.speakerCountry === suggestion.speakerCountry &&
        [...quoted(other)].some((phrase) => mine.has(phrase)),
    );
  });
}
