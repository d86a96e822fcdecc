// Placing a stored quote in a corrected article body: the explicit cascade of STYLE #9 (after hypothesis's
// anchoring): the stored offsets if the text there is still the quote; else the exact text, the occurrence
// whose context and position fit best; else a close approximate match near the old position; else null, and
// the caller marks the quote orphaned for an editor to fix. Never a silent guess: the result says `how`.
import { matchQuote } from "./match-quote";

export interface StoredAnchor {
  start: number;
  end: number;
  text: string;
  prefix: string;
  suffix: string;
}

export type AnchorMethod = "position" | "exact" | "fuzzy";

export interface Reanchored {
  start: number;
  end: number;
  how: AnchorMethod;
}

/**
 * A "close" match differs from the quote in at most this share of its characters. A corrected typo or a
 * changed word passes; a rewritten sentence does not, because then the coded stance may no longer be what the
 * text says, and an editor has to look.
 */
export const FUZZY_MAX_ERROR_RATE = 0.25;

/**
 * How far from the old position the approximate search looks, beyond the quote's own length. The search costs
 * O(⌈k/32⌉·w) for a window of w characters and k allowed errors, so bounding the window keeps a 100,000-character
 * body with hundreds of quotes to milliseconds, and keeps a similar sentence elsewhere from being taken instead.
 */
export const FUZZY_WINDOW = 2_000;

export function reanchor(stored: StoredAnchor, body: string): Reanchored | null {
  if (stored.text.length === 0) return null;
  if (body.slice(stored.start, stored.end) === stored.text) {
    return { start: stored.start, end: stored.end, how: "position" };
  }
  const quote = inFormOf(body, stored);

  const context = { prefix: quote.prefix, suffix: quote.suffix };
  if (body.includes(quote.text)) {
    const match = matchQuote(body, quote.text, { ...context, hint: quote.start }, 0);
    if (match) return { start: match.start, end: match.end, how: "exact" };
  }

  const windowStart = Math.max(0, quote.start - FUZZY_WINDOW);
  const windowEnd = Math.min(body.length, quote.end + FUZZY_WINDOW + quote.text.length);
  const window = body.slice(windowStart, windowEnd);
  const match = matchQuote(window, quote.text, { ...context, hint: quote.start - windowStart }, FUZZY_MAX_ERROR_RATE);
  if (!match || match.end <= match.start) return null;
  const span = widenToWholeCharacters(body, windowStart + match.start, windowStart + match.end);
  return { ...span, how: "fuzzy" };
}

// The same words can be stored in Unicode's composed (NFC) or decomposed (NFD) form: a Hangul syllable is one unit
// or two to three jamo, "é" one letter or "e" and a combining accent. A correction pasted from another source often
// switches form, and then every Korean quote would be orphaned. So the quote, its prefix and suffix are compared in
// the form of the new body; canonically equivalent text is the same text to a reader, hence "exact", not "fuzzy".
function inFormOf(body: string, quote: StoredAnchor): StoredAnchor {
  const form = unicodeForm(body);
  if (!form) return quote;
  return {
    ...quote,
    text: quote.text.normalize(form),
    prefix: quote.prefix.normalize(form),
    suffix: quote.suffix.normalize(form),
  };
}

// A correction re-anchors every quote of one body in turn: its form is computed once (O(n) each way).
let formCache: { body: string; form: "NFC" | "NFD" | null } | null = null;
function unicodeForm(body: string): "NFC" | "NFD" | null {
  if (formCache?.body !== body) {
    const form = body.normalize("NFC") === body ? "NFC" : body.normalize("NFD") === body ? "NFD" : null;
    formCache = { body, form };
  }
  return formCache.form;
}

// An approximate match can start or end between the halves of an emoji; take the whole character.
function widenToWholeCharacters(body: string, start: number, end: number) {
  const isLow = (index: number) =>
    index > 0 && index < body.length && /[\uDC00-\uDFFF]/.test(body[index]) && /[\uD800-\uDBFF]/.test(body[index - 1]);
  return { start: isLow(start) ? start - 1 : start, end: isLow(end) ? end + 1 : end };
}
