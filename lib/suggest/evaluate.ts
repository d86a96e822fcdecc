// Scores suggestions against a gold coding, the way Citron (BBC) and the Gender Gap Tracker report quote
// extraction: a suggestion matches a gold statement when they overlap by at least half of the longer one's
// characters (each matched once, best overlap first). Span precision, recall and F1 count matches; speaker,
// speaker country, attribution and date accuracy are measured on matched pairs; positions per dimension by
// precision and recall over the (dimension, position) pairs of matched pairs, and top-1 accuracy: for each
// matched gold statement with a position on a dimension, whether the suggestion's most confident position
// there is one of the gold ones.
import { findSpan } from "@/lib/anchoring/text-span";
import type { GoldQuote } from "./gold";
import type { Suggestion } from "./types";

export interface Counts {
  gold: number;
  suggested: number;
  matched: number;
  speaker: number;
  speakerCountry: number;
  attribution: number;
  date: number;
  /** Per dimension: true positives, suggested, gold (over matched pairs). */
  positions: Record<string, { truePositive: number; suggested: number; gold: number }>;
  top1: { correct: number; total: number };
  /** Matched pairs whose fields disagree, for the report. */
  misses: { field: string; gold: string; suggested: string; exact: string }[];
}

export function emptyCounts(): Counts {
  return {
    gold: 0,
    suggested: 0,
    matched: 0,
    speaker: 0,
    speakerCountry: 0,
    attribution: 0,
    date: 0,
    positions: {},
    top1: { correct: 0, total: 0 },
    misses: [],
  };
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function sameName(a: string, b: string): boolean {
  const key = (name: string) => name.toLowerCase().replace(/[\s\-‐.]/g, "");
  return key(a) === key(b);
}

/** Persons by name; organizations by their country; the outlet and unnamed sources by kind (their wording varies). */
function sameSpeaker(gold: GoldQuote, suggestion: Suggestion): boolean {
  if (gold.speaker.kind !== suggestion.speaker.kind) return false;
  if (gold.speaker.kind === "person") return sameName(gold.speaker.name, suggestion.speaker.name);
  if (gold.speaker.kind === "organization") return gold.speakerCountry === suggestion.speakerCountry;
  return true;
}

/** Adds one article's comparison to `counts`. Throws when a gold text is not in the article. */
export function compareArticle(text: string, gold: GoldQuote[], suggestions: Suggestion[], counts: Counts): void {
  const goldSpans = gold.map((quote) => {
    const span = findSpan(text, quote.exact, quote.occurrence);
    if (!span) throw new Error(`Gold quote not found in the article: "${quote.exact.slice(0, 60)}…"`);
    return span;
  });
  const pairs: { goldIndex: number; suggestionIndex: number; shared: number }[] = [];
  goldSpans.forEach((span, goldIndex) =>
    suggestions.forEach((suggestion, suggestionIndex) => {
      const shared = overlap(span, suggestion);
      const longer = Math.max(span.end - span.start, suggestion.end - suggestion.start);
      if (shared * 2 >= longer) pairs.push({ goldIndex, suggestionIndex, shared });
    }),
  );
  pairs.sort((a, b) => b.shared - a.shared);
  const usedGold = new Set<number>();
  const usedSuggestion = new Set<number>();
  counts.gold += gold.length;
  counts.suggested += suggestions.length;
  for (const pair of pairs) {
    if (usedGold.has(pair.goldIndex) || usedSuggestion.has(pair.suggestionIndex)) continue;
    usedGold.add(pair.goldIndex);
    usedSuggestion.add(pair.suggestionIndex);
    counts.matched++;
    scorePair(gold[pair.goldIndex], suggestions[pair.suggestionIndex], counts);
  }
  gold.forEach((quote, index) => {
    if (!usedGold.has(index))
      counts.misses.push({ field: "missed", gold: "", suggested: "", exact: quote.exact.slice(0, 70) });
  });
  suggestions.forEach((suggestion, index) => {
    if (!usedSuggestion.has(index))
      counts.misses.push({
        field: "extra",
        gold: "",
        suggested: suggestion.speaker.name,
        exact: suggestion.exact.slice(0, 70),
      });
  });
}

function scorePair(gold: GoldQuote, suggestion: Suggestion, counts: Counts): void {
  const miss = (field: string, goldValue: unknown, suggested: unknown) =>
    counts.misses.push({
      field,
      gold: JSON.stringify(goldValue),
      suggested: JSON.stringify(suggested),
      exact: gold.exact.slice(0, 70),
    });
  if (sameSpeaker(gold, suggestion)) counts.speaker++;
  else miss("speaker", gold.speaker, suggestion.speaker);
  if (gold.speakerCountry === suggestion.speakerCountry) counts.speakerCountry++;
  else miss("speakerCountry", gold.speakerCountry, suggestion.speakerCountry);
  if (gold.attribution === suggestion.attribution) counts.attribution++;
  else miss("attribution", gold.attribution, suggestion.attribution);
  if (gold.statedOn === suggestion.statedOn && gold.precision === suggestion.precision) counts.date++;
  else miss("date", `${gold.statedOn}/${gold.precision}`, `${suggestion.statedOn}/${suggestion.precision}`);

  const goldPairs = new Set(gold.stances.map((stance) => `${stance.dimension}:${stance.position}`));
  const suggestedPairs = new Set(suggestion.stances.map((stance) => `${stance.dimension}:${stance.position}`));
  for (const key of new Set([...goldPairs, ...suggestedPairs])) {
    const dimension = key.split(":")[0];
    const entry = (counts.positions[dimension] ??= { truePositive: 0, suggested: 0, gold: 0 });
    if (goldPairs.has(key)) entry.gold++;
    if (suggestedPairs.has(key)) entry.suggested++;
    if (goldPairs.has(key) && suggestedPairs.has(key)) entry.truePositive++;
    else miss("position", goldPairs.has(key) ? key : null, suggestedPairs.has(key) ? key : null);
  }
  for (const dimension of new Set(gold.stances.map((stance) => stance.dimension))) {
    counts.top1.total++;
    const best = suggestion.stances
      .filter((stance) => stance.dimension === dimension)
      .sort((a, b) => b.confidence - a.confidence)[0];
    if (best && goldPairs.has(`${dimension}:${best.position}`)) counts.top1.correct++;
  }
}

export interface Scores {
  span: { precision: number; recall: number; f1: number };
  speakerAccuracy: number;
  speakerCountryAccuracy: number;
  attributionAccuracy: number;
  dateAccuracy: number;
  positions: Record<string, { precision: number; recall: number }>;
  positionTop1Accuracy: number;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

export function scores(counts: Counts): Scores {
  const precision = ratio(counts.matched, counts.suggested);
  const recall = ratio(counts.matched, counts.gold);
  return {
    span: { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) },
    speakerAccuracy: ratio(counts.speaker, counts.matched),
    speakerCountryAccuracy: ratio(counts.speakerCountry, counts.matched),
    attributionAccuracy: ratio(counts.attribution, counts.matched),
    dateAccuracy: ratio(counts.date, counts.matched),
    positions: Object.fromEntries(
      Object.entries(counts.positions).map(([dimension, entry]) => [
        dimension,
        { precision: ratio(entry.truePositive, entry.suggested), recall: ratio(entry.truePositive, entry.gold) },
      ]),
    ),
    positionTop1Accuracy: ratio(counts.top1.correct, counts.top1.total),
  };
}
