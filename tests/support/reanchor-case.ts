// One row of a re-anchoring table (lib/anchoring/reanchor.ts) and its check, shared by the unit tables: a body, the
// quote as stored on it, the corrected body, and where the quote must land (or null for orphaned).
import { expect } from "vitest";
import { describeSpan, findSpan } from "@/lib/anchoring/text-span";
import { reanchor, type AnchorMethod } from "@/lib/anchoring/reanchor";

export interface ReanchorCase {
  name: string;
  body: string;
  quote: string;
  occurrence?: number;
  corrected: string;
  /** The text the quote must cover in the corrected body, and how it was found; null when it must be orphaned. */
  expected: { text: string; occurrence?: number; how: AnchorMethod } | null;
}

/** The anchor stored for the `occurrence`-th `text` in `body`. */
export function storedAnchor(body: string, text: string, occurrence = 0) {
  const span = findSpan(body, text, occurrence)!;
  return describeSpan(body, span.start, span.end);
}

/** Re-anchors the stored quote on the corrected body: the offsets, the method and the exact text found there. */
export function expectReanchored({ body, quote, occurrence, corrected, expected }: ReanchorCase): void {
  const result = reanchor(storedAnchor(body, quote, occurrence), corrected);
  if (expected === null) {
    expect(result).toBeNull();
    return;
  }
  const span = findSpan(corrected, expected.text, expected.occurrence ?? 0)!;
  expect(result).toEqual({ start: span.start, end: span.end, how: expected.how });
  expect(corrected.slice(result!.start, result!.end)).toBe(expected.text);
}
