// Pure helpers that cut text into plain and highlighted pieces, so pages render highlights as React text nodes
// and <mark> elements, never as HTML strings. Offsets are UTF-16 code units (JavaScript string indices), end
// exclusive, as everywhere in the app (docs/decisions/003-quote-offsets.md).

export interface Span<T> {
  start: number;
  end: number;
  value: T;
}

export interface Segment<T> {
  text: string;
  start: number;
  /** The spans covering this piece, in the order they were given; empty for plain text. */
  covering: T[];
}

/**
 * Cuts `text` at every span boundary. Overlapping spans are allowed: the overlap becomes its own piece covered
 * by both. Spans outside the text, empty or reversed, are ignored rather than guessed at.
 */
export function segmentText<T>(text: string, spans: Span<T>[]): Segment<T>[] {
  const valid = spans.filter((span) => span.start >= 0 && span.end <= text.length && span.start < span.end);
  const cuts = new Set<number>([0, text.length]);
  for (const span of valid) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment<T>[] = [];
  for (let index = 0; index < points.length - 1; index++) {
    const start = points[index];
    const end = points[index + 1];
    const covering = valid.filter((span) => span.start <= start && span.end >= end).map((span) => span.value);
    segments.push({ text: text.slice(start, end), start, covering });
  }
  return segments;
}

/** Delimiters that PostgreSQL's ts_headline puts around matches (lib/search/public.ts); unlikely in real text. */
export const MATCH_START = "««";
export const MATCH_STOP = "»»";

/** Splits a ts_headline snippet into plain and matched pieces. An unpaired delimiter is kept as plain text. */
export function splitSnippet(snippet: string): { text: string; match: boolean }[] {
  const pieces: { text: string; match: boolean }[] = [];
  let rest = snippet;
  while (rest.length > 0) {
    const open = rest.indexOf(MATCH_START);
    const close = open === -1 ? -1 : rest.indexOf(MATCH_STOP, open + MATCH_START.length);
    if (open === -1 || close === -1) {
      pieces.push({ text: rest, match: false });
      break;
    }
    if (open > 0) pieces.push({ text: rest.slice(0, open), match: false });
    pieces.push({ text: rest.slice(open + MATCH_START.length, close), match: true });
    rest = rest.slice(close + MATCH_STOP.length);
  }
  return pieces.filter((piece) => piece.text.length > 0);
}

/**
 * The line of `body` that holds the span [start, end), trimmed, with the span's offsets within it: the corpus
 * keeps one paragraph per line. Null when the span does not lie inside the body.
 */
export function paragraphAround(
  body: string,
  start: number,
  end: number,
): { text: string; start: number; end: number } | null {
  if (start < 0 || end > body.length || start >= end) return null;
  let from = body.lastIndexOf("\n", start - 1) + 1;
  const newline = body.indexOf("\n", end);
  let to = newline === -1 ? body.length : newline;
  while (from < start && /\s/.test(body[from])) from++;
  while (to > end && /\s/.test(body[to - 1])) to--;
  return { text: body.slice(from, to), start: start - from, end: end - from };
}
