// Spans of an article body. Pure and browser-safe: the annotation workspace, the seed and the server all cut
// quotes with these, so an offset means the same thing everywhere.
//
// Offsets are UTF-16 code units (JavaScript string indices), end exclusive: body.slice(start, end) is the
// text. That is what the browser's Selection and Range APIs report, so no conversion sits between a user's
// selection and the stored quote. PostgreSQL counts code points instead; the two agree only for text inside
// the Basic Multilingual Plane, so never cut quotes in SQL.

export interface Span {
  start: number;
  end: number;
}

export interface SpanDescription extends Span {
  text: string;
  /** Up to `context` units of the body before the span, used to re-anchor the quote if the body changes. */
  prefix: string;
  /** Up to `context` units of the body after the span. */
  suffix: string;
}

export const DEFAULT_CONTEXT = 32;

/**
 * The `occurrence`-th (0-based) place where `exact` appears in `body`, or null when it appears fewer times.
 * Occurrences may overlap ("aa" occurs twice in "aaa"), so the count matches what a reader sees when they
 * scan the text for the phrase.
 */
export function findSpan(body: string, exact: string, occurrence = 0): Span | null {
  if (exact.length === 0 || !Number.isInteger(occurrence) || occurrence < 0) return null;
  let start = body.indexOf(exact);
  for (let seen = 0; start !== -1 && seen < occurrence; seen++) start = body.indexOf(exact, start + 1);
  return start === -1 ? null : { start, end: start + exact.length };
}

/**
 * The text of a span and the context around it. Throws on offsets that do not describe a span of this body,
 * including offsets that split a surrogate pair: half an emoji cannot be stored (PostgreSQL's UTF-8 text
 * would turn it into U+FFFD), so such an offset is always a bug upstream.
 */
export function describeSpan(body: string, start: number, end: number, context = DEFAULT_CONTEXT): SpanDescription {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > body.length) {
    throw new RangeError(`Span ${start}–${end} does not fit a body of ${body.length} UTF-16 units.`);
  }
  if (splitsSurrogatePair(body, start) || splitsSurrogatePair(body, end)) {
    throw new RangeError(`Span ${start}–${end} splits a surrogate pair (half of a character outside the BMP).`);
  }
  let prefixStart = Math.max(0, start - context);
  if (splitsSurrogatePair(body, prefixStart)) prefixStart += 1;
  let suffixEnd = Math.min(body.length, end + context);
  if (splitsSurrogatePair(body, suffixEnd)) suffixEnd -= 1;
  return {
    start,
    end,
    text: body.slice(start, end),
    prefix: body.slice(prefixStart, start),
    suffix: body.slice(end, suffixEnd),
  };
}

/** True when `index` falls between the high and the low half of a surrogate pair. */
function splitsSurrogatePair(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return false;
  const before = text.charCodeAt(index - 1);
  const after = text.charCodeAt(index);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
