// Finding a quote in a text that may have changed since it was marked. Pure and browser-safe; the names and the
// scoring follow hypothesis's client (src/annotator/anchoring/match-quote.ts): an exact-match fast path, then an
// approximate search (Myers' bit-parallel algorithm, from the `approx-string-match` package hypothesis uses),
// each candidate scored by how well the quote, its prefix and suffix, and its position agree.
import approxSearch from "approx-string-match";

export interface Match {
  start: number;
  end: number;
  /** Insertions, deletions and substitutions between the quote and the text at [start, end). */
  errors: number;
}

export interface ScoredMatch {
  start: number;
  end: number;
  /** 0–1; 1 is the quote itself with its context, at the hinted position. */
  score: number;
  /** True when the text at [start, end) is the quote letter for letter. */
  exact: boolean;
}

export interface MatchContext {
  /** Text expected just before the quote. */
  prefix?: string;
  /** Text expected just after the quote. */
  suffix?: string;
  /** Where the quote is expected to start (its old offset). */
  hint?: number;
}

// The weights of a candidate's score. The quote itself dominates; prefix and suffix separate repeated
// occurrences of the same words ("peace treaty" appears many times in an article); the position only breaks
// the remaining ties, because edits above a quote move it far without making it any less the same quote.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/**
 * Every place `pattern` occurs in `text` exactly, or, when there is none, the best approximate matches with at
 * most `maxErrors` differences. Cost: indexOf is linear; the approximate search is O(⌈k/32⌉·n) for k errors
 * over n characters, so callers bound `text` to a window when the body is long.
 */
export function search(text: string, pattern: string, maxErrors: number): Match[] {
  const exact: Match[] = [];
  for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) {
    exact.push({ start: at, end: at + pattern.length, errors: 0 });
  }
  if (exact.length > 0 || maxErrors < 1) return exact;
  return approxSearch(text, pattern, Math.floor(maxErrors));
}

/** 0–1: how closely `text` matches `expected` (1 = equal, 0 = nothing in common or either is empty). */
export function textMatchScore(text: string, expected: string): number {
  if (expected.length === 0 || text.length === 0) return 0;
  const matches = search(text, expected, expected.length);
  return matches.length === 0 ? 0 : 1 - matches[0].errors / expected.length;
}

/**
 * The best place for `quote` in `text`, or null when nothing is within `maxErrorRate` of it (differences per
 * character of the quote). Every candidate is scored with its context, so a repeated phrase resolves to the
 * occurrence whose surroundings match.
 */
export function matchQuote(
  text: string,
  quote: string,
  context: MatchContext = {},
  maxErrorRate = 0.5,
): ScoredMatch | null {
  if (quote.length === 0) return null;
  const maxErrors = Math.min(256, Math.floor(quote.length * maxErrorRate));
  const matches = search(text, quote, maxErrors);
  let best: ScoredMatch | null = null;
  for (const match of matches) {
    const scored = {
      start: match.start,
      end: match.end,
      score: scoreMatch(text, quote, match, context),
      exact: match.errors === 0,
    };
    if (!best || scored.score > best.score) best = scored;
  }
  return best;
}

function scoreMatch(text: string, quote: string, match: Match, context: MatchContext): number {
  const quoteScore = 1 - match.errors / quote.length;
  const prefixScore = context.prefix
    ? textMatchScore(text.slice(Math.max(0, match.start - context.prefix.length), match.start), context.prefix)
    : 1;
  const suffixScore = context.suffix
    ? textMatchScore(text.slice(match.end, match.end + context.suffix.length), context.suffix)
    : 1;
  const positionScore =
    context.hint === undefined ? 1 : 1 - Math.abs(match.start - context.hint) / Math.max(1, text.length);
  const raw =
    QUOTE_WEIGHT * quoteScore +
    PREFIX_WEIGHT * prefixScore +
    SUFFIX_WEIGHT * suffixScore +
    POSITION_WEIGHT * positionScore;
  return raw / MAX_SCORE;
}
