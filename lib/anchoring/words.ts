// Word boundaries for selecting quotes: a selection snaps outwards to whole words, and the keyboard moves a
// cursor word by word. Pure and browser-safe. Intl.Segmenter knows words in scripts without spaces (Hanzi) as
// well as Hangul and Latin; only a window around the point is segmented, so a 100,000-character body costs
// the same as a short one.
import type { Span } from "./text-span";

const WINDOW = 80;
const segmenter = new Intl.Segmenter(undefined, { granularity: "word" });

interface Word {
  start: number;
  end: number;
}

/** The words (not spaces or punctuation) around `at`, within a small window. */
function wordsNear(body: string, at: number, window = WINDOW): Word[] {
  const from = Math.max(0, at - window);
  const to = Math.min(body.length, at + window);
  const words: Word[] = [];
  for (const piece of segmenter.segment(body.slice(from, to))) {
    if (piece.isWordLike) words.push({ start: from + piece.index, end: from + piece.index + piece.segment.length });
  }
  return words;
}

/** Widens [start, end) to whole words and trims surrounding whitespace; punctuation the editor took stays. */
export function snapToWords(body: string, start: number, end: number): Span {
  let from = Math.min(start, end);
  let to = Math.max(start, end);
  const startWord = wordsNear(body, from).find((word) => word.start < from && from < word.end);
  if (startWord) from = startWord.start;
  const endWord = wordsNear(body, to).find((word) => word.start < to && to < word.end);
  if (endWord) to = endWord.end;
  while (from < to && /\s/.test(body[from])) from++;
  while (to > from && /\s/.test(body[to - 1])) to--;
  return { start: from, end: to };
}

/**
 * The next word edge after (direction 1) or before (direction -1) `at`: word ends going forwards, word starts
 * going backwards, so that moving the end of a selection right takes the next whole word with it. Stops at
 * the ends of the body.
 */
export function nextWordEdge(
  body: string,
  at: number,
  direction: 1 | -1,
  edge: "start" | "end" = direction === 1 ? "end" : "start",
): number {
  for (let window = WINDOW; ; window *= 4) {
    const words = wordsNear(body, at, window);
    const edges = words.map((word) => word[edge]);
    const found = direction === 1 ? edges.find((value) => value > at) : edges.reverse().find((value) => value < at);
    if (found !== undefined) return found;
    if (at - window <= 0 && at + window >= body.length) return direction === 1 ? body.length : 0;
  }
}

/** The word at `at` (or the next one after it), for placing the keyboard cursor. */
export function wordAt(body: string, at: number): Span {
  const words = wordsNear(body, at);
  const word = words.find((candidate) => candidate.end > at);
  if (word) return { start: word.start, end: word.end };
  const end = nextWordEdge(body, at, 1, "end");
  const start = nextWordEdge(body, end, -1, "start");
  return start < end ? { start, end } : { start: at, end: at };
}
