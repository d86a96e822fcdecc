// What a body correction would do to each quote, before anything is written: the plan a reviewer sees beside the
// text diff (unchanged, moved, matched approximately with its score, orphaned) and decides on. Pure.
import approxSearch from "approx-string-match";
import { reanchor } from "@/lib/anchoring/reanchor";
import { describeSpan } from "@/lib/anchoring/text-span";

export type PlannedHow = "kept" | "moved" | "fuzzy" | "orphaned";

export interface PlannedQuote {
  id: number;
  /** The quote's version the plan was made from: approval refuses when it moved on. */
  version: number;
  /** Whether the public sees this quote: then a fuzzy match or an orphan changes the public record. */
  published: boolean;
  how: PlannedHow;
  /** For a fuzzy match: how much of the quote's text survives (1 − edits / length), 0–1. */
  score: number | null;
  before: { start: number; end: number; text: string };
  after: { start: number; end: number; text: string } | null;
}

export interface BodyAnchoring {
  quotes: PlannedQuote[];
}

export interface AnchoredQuote {
  id: number;
  version: number;
  status: string;
  startOffset: number;
  endOffset: number;
  text: string;
  prefix: string;
  suffix: string;
}

const HOW = { position: "kept", exact: "moved", fuzzy: "fuzzy" } as const;

export function planReanchoring(quotes: AnchoredQuote[], body: string): BodyAnchoring {
  return {
    quotes: quotes.map((quote) => {
      const placed = reanchor(
        {
          start: quote.startOffset,
          end: quote.endOffset,
          text: quote.text,
          prefix: quote.prefix,
          suffix: quote.suffix,
        },
        body,
      );
      const before = { start: quote.startOffset, end: quote.endOffset, text: quote.text };
      const base = { id: quote.id, version: quote.version, published: quote.status === "published", before };
      if (!placed) return { ...base, how: "orphaned", score: null, after: null };
      const span = describeSpan(body, placed.start, placed.end);
      const after = { start: span.start, end: span.end, text: span.text };
      const how = HOW[placed.how];
      return { ...base, how, score: how === "fuzzy" ? similarity(quote.text, span.text) : null, after };
    }),
  };
}

/** 1 − (edits between the two texts) / (the old text's length), rounded to two places. */
export function similarity(old: string, now: string): number {
  if (old.length === 0) return 0;
  const [best] = approxSearch(now, old, old.length).sort((a, b) => a.errors - b.errors);
  const errors = best ? best.errors + Math.max(0, now.length - (best.end - best.start)) : old.length;
  return Math.max(0, Math.round((1 - errors / old.length) * 100) / 100);
}
