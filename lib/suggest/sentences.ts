// Paragraphs and sentences of an article body, as offsets into it. A sentence ends at . ! or ? (and any closing
// quotation marks or brackets after it) when the next word starts a new sentence; abbreviations ("U.S.",
// "Oct.", "Mr.") and initials ("Antony J. Blinken") do not end one.
import type { Span } from "@/lib/anchoring/text-span";

export interface Sentence extends Span {
  /** Index of the paragraph the sentence belongs to. */
  paragraph: number;
}

const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "gen",
  "lt",
  "col",
  "sgt",
  "capt",
  "adm",
  "sen",
  "rep",
  "gov",
  "pres",
  "st",
  "jr",
  "sr",
  "no",
  "vs",
  "etc",
  "inc",
  "co",
  "corp",
  "ltd",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "u.s",
  "u.n",
  "u.k",
  "e.u",
  "a.m",
  "p.m",
  "s",
  "n",
  "d.c",
  "dept",
  "govt",
]);

/** Paragraphs: runs of text between line breaks, trimmed, empty ones left out. */
export function paragraphs(text: string): Span[] {
  const spans: Span[] = [];
  const pattern = /[^\n]+/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    let start = match.index;
    let end = start + match[0].length;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) spans.push({ start, end });
  }
  return spans;
}

function endsWithAbbreviation(text: string, dot: number): boolean {
  const before = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, dot - 12), dot));
  if (!before) return false;
  const word = before[1].toLowerCase().replace(/^\.+/, "");
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital before the dot is an initial ("J. Blinken"), unless it is the pronoun-like "I".
  return /^[a-z]$/.test(word) && before[1] !== "I";
}

/** The sentences of the whole body, paragraph by paragraph. */
export function sentences(text: string): Sentence[] {
  const result: Sentence[] = [];
  paragraphs(text).forEach((paragraph, index) => {
    let start = paragraph.start;
    const end = paragraph.end;
    const pattern = /[.!?]+["'”’)\]]*(?=\s+["“‘(\[]?[A-Z0-9])/g;
    const body = text.slice(0, end);
    pattern.lastIndex = start;
    for (let match = pattern.exec(body); match; match = pattern.exec(body)) {
      if (match[0].startsWith(".") && endsWithAbbreviation(text, match.index)) continue;
      const stop = match.index + match[0].length;
      result.push({ start, end: stop, paragraph: index });
      start = stop;
      while (start < end && /\s/.test(text[start])) start++;
    }
    if (start < end) result.push({ start, end, paragraph: index });
  });
  return result;
}
