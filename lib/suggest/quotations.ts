// Quotation marks: “curly”, "straight" and ‘single’ pairs within a paragraph. A paragraph that opens a quote
// and never closes it continues the quote to its end (the newspaper convention for a quote running over
// several paragraphs). Apostrophes ("Beijing’s", "Workers' Party") are told from single quotes by what stands
// before and after them.
import type { Span } from "@/lib/anchoring/text-span";
import { paragraphs } from "./sentences";

export interface Quotation {
  /** The quotation marks included. */
  outer: Span;
  /** The words between the marks. */
  inner: Span;
}

const OPENERS: Record<string, string> = { "“": "”", '"': '"', "‘": "’", "'": "'" };

function isOpening(text: string, at: number): boolean {
  const before = at === 0 ? " " : text[at - 1];
  const after = text[at + 1] ?? " ";
  return /[\s([\-—–:,]/.test(before) && /\S/.test(after);
}

function isClosing(text: string, at: number): boolean {
  const before = text[at - 1] ?? " ";
  const after = text[at + 1] ?? " ";
  return /\S/.test(before) && !/[A-Za-z0-9]/.test(after);
}

export function quotations(text: string): Quotation[] {
  const found: Quotation[] = [];
  for (const paragraph of paragraphs(text)) {
    let at = paragraph.start;
    while (at < paragraph.end) {
      const char = text[at];
      const closer = OPENERS[char];
      if (!closer || !isOpening(text, at)) {
        at++;
        continue;
      }
      let close = -1;
      for (let next = at + 1; next < paragraph.end; next++) {
        if (text[next] === closer && isClosing(text, next)) {
          close = next;
          break;
        }
      }
      // Single quotes must close in the paragraph; a double quote left open runs to the paragraph's end.
      if (close === -1 && (char === "‘" || char === "'")) {
        at++;
        continue;
      }
      const innerEnd = close === -1 ? paragraph.end : close;
      found.push({
        outer: { start: at, end: close === -1 ? paragraph.end : close + 1 },
        inner: trimInner(text, at + 1, innerEnd),
      });
      at = close === -1 ? paragraph.end : close + 1;
    }
  }
  return found;
}

/** Trims spaces and a trailing comma (the one before `, he said`); a full stop that ends the quote stays. */
function trimInner(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1])) end--;
  return { start, end };
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[A-Za-z0-9]/.test(word)).length;
}
