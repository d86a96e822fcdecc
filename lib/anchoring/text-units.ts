// Units of an article body for moving a selection like a text editor: characters (grapheme clusters, so an
// emoji, a character outside the Basic Multilingual Plane or a letter with its accents moves as one), sentences
// and quotations. Pure and browser-safe; only a window or a paragraph around the point is segmented, so a
// 100,000-character body costs the same as a short one. Offsets are UTF-16 code units, end exclusive.
import type { Span } from "./text-span";

const WINDOW = 64;
const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const sentences = new Intl.Segmenter(undefined, { granularity: "sentence" });

/** The next (direction 1) or previous (-1) character boundary from `at`; the body's ends stop it. */
export function characterStep(body: string, at: number, direction: 1 | -1): number {
  if (direction === 1 && at >= body.length) return body.length;
  if (direction === -1 && at <= 0) return 0;
  const from = Math.max(0, at - WINDOW);
  const to = Math.min(body.length, at + WINDOW);
  const edges: number[] = [];
  for (const piece of graphemes.segment(body.slice(from, to))) edges.push(from + piece.index);
  edges.push(to);
  // The window's own edges may cut a cluster; stepping from inside the window never lands on them wrongly
  // except at its very ends, where a plain code point step is the best guess and still keeps pairs whole.
  const found = direction === 1 ? edges.find((edge) => edge > at) : edges.findLast((edge) => edge < at);
  return found ?? codePointStep(body, at, direction);
}

function codePointStep(body: string, at: number, direction: 1 | -1): number {
  if (direction === 1)
    return Math.min(body.length, at + (isHighSurrogate(body, at) && isLowSurrogate(body, at + 1) ? 2 : 1));
  return Math.max(0, at - (isLowSurrogate(body, at - 1) && isHighSurrogate(body, at - 2) ? 2 : 1));
}

const isHighSurrogate = (text: string, index: number) => /[\uD800-\uDBFF]/.test(text.charAt(index));
const isLowSurrogate = (text: string, index: number) => /[\uDC00-\uDFFF]/.test(text.charAt(index));

/** Widens a span that cuts a surrogate pair in half to take the whole character. */
export function wholeCharacters(body: string, span: Span): Span {
  let { start, end } = span;
  if (start > 0 && isLowSurrogate(body, start) && isHighSurrogate(body, start - 1)) start--;
  if (end < body.length && isLowSurrogate(body, end) && isHighSurrogate(body, end - 1)) end++;
  return { start, end };
}

/** The paragraph (line) around `at`: [start, end) without its newline. */
function paragraphAround(body: string, at: number): Span {
  const start = body.lastIndexOf("\n", Math.max(0, at - 1)) + 1;
  const newline = body.indexOf("\n", at);
  return { start: at > 0 && body[at - 1] === "\n" ? at : start, end: newline === -1 ? body.length : newline };
}

/** The sentences of the paragraph around `at`, each without the whitespace that follows it. */
export function sentencesAround(body: string, at: number): Span[] {
  const paragraph = paragraphAround(body, at);
  const text = body.slice(paragraph.start, paragraph.end);
  const found: Span[] = [];
  for (const piece of sentences.segment(text)) {
    const start = paragraph.start + piece.index;
    let end = start + piece.segment.length;
    while (end > start && /\s/.test(body[end - 1])) end--;
    let from = start;
    while (from < end && /\s/.test(body[from])) from++;
    if (end > from) found.push({ start: from, end });
  }
  return found;
}

/**
 * Shift+End / Shift+Home: the end of the sentence the point is in, or of the next one when it is already at an
 * end (and the same backwards with starts), so that pressing again keeps going.
 */
export function sentenceEdge(body: string, at: number, direction: 1 | -1): number {
  if (direction === 1) {
    const here = sentencesAround(body, at).find((sentence) => sentence.end > at);
    if (here) return here.end;
    const next = body.slice(at).search(/\S/);
    if (next === -1) return at;
    return sentencesAround(body, at + next)[0]?.end ?? at;
  }
  const here = sentencesAround(body, at).findLast((sentence) => sentence.start < at);
  if (here) return here.start;
  let previous = at - 1;
  while (previous > 0 && /\s/.test(body[previous])) previous--;
  return previous <= 0
    ? 0
    : (sentencesAround(body, previous).findLast((sentence) => sentence.start <= previous)?.start ?? at);
}

/** `s`: the whole sentences the span touches; when it already is whole sentences, one more sentence. */
export function expandToSentences(body: string, span: Span): Span {
  const first = sentencesAround(body, span.start).find((sentence) => sentence.end > span.start);
  const lastAt = Math.max(span.start, span.end - 1);
  const last = sentencesAround(body, lastAt).find((sentence) => sentence.end > lastAt);
  const expanded = {
    start: Math.min(first?.start ?? span.start, span.start),
    end: Math.max(last?.end ?? span.end, span.end),
  };
  if (expanded.start === span.start && expanded.end === span.end) {
    return { start: span.start, end: sentenceEdge(body, span.end, 1) };
  }
  return expanded;
}

// Opening mark → closing mark. The straight double quote closes itself; a single closing quote that is followed
// by a letter is an apostrophe (Korea’s), not a closing mark.
const PAIRS: Record<string, string> = {
  "“": "”",
  "„": "“",
  "‘": "’",
  "«": "»",
  "‹": "›",
  "「": "」",
  "『": "』",
  '"': '"',
};
const OPENERS = new Set(Object.keys(PAIRS));

/**
 * `"`: the text inside the quotation marks around the span (within its paragraph); when the span already is that
 * text, the marks too. Null when no quotation encloses it.
 */
export function expandToQuotation(body: string, span: Span): Span | null {
  const paragraph = paragraphAround(body, span.start);
  const open = openingBefore(body, paragraph.start, span.start);
  if (open === null) return null;
  const close = closingAfter(body, body[open], open + 1, paragraph.end);
  if (close === null || close + 1 < span.end) return null;
  let start = open + 1;
  let end = close;
  while (start < end && /\s/.test(body[start])) start++;
  // "…a treaty," said: the comma is the sentence's punctuation, not the speaker's words.
  while (end > start && /[\s,]/.test(body[end - 1])) end--;
  if (span.start === start && span.end === end) return { start: open, end: close + 1 };
  if (span.start <= open && span.end >= close + 1) return null;
  return { start, end };
}

/** The opening mark before `at` whose quotation is still open at `at`, nearest first. */
function openingBefore(body: string, from: number, at: number): number | null {
  // Walk the paragraph from its start, keeping a stack of the quotations open at each point.
  const open: number[] = [];
  for (let index = from; index < at; index++) {
    const char = body[index];
    const top = open.at(-1);
    if (top !== undefined && isClosing(body, index, PAIRS[body[top]])) open.pop();
    else if (OPENERS.has(char) && !(char === "‘" && /\p{L}/u.test(body[index - 1] ?? ""))) open.push(index);
  }
  // A span that starts on an opening mark is inside that mark's quotation.
  return open.at(-1) ?? (OPENERS.has(body[at]) ? at : null);
}

function closingAfter(body: string, opener: string, from: number, to: number): number | null {
  const closer = PAIRS[opener];
  for (let index = from; index < to; index++) if (isClosing(body, index, closer)) return index;
  return null;
}

function isClosing(body: string, index: number, closer: string | undefined): boolean {
  if (!closer || body[index] !== closer) return false;
  return closer !== "’" || !/\p{L}/u.test(body[index + 1] ?? "");
}
