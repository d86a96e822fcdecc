"use client";
// The selection in the article text, by mouse or keyboard. A mouse selection snaps to whole words when the
// button is released. From the keyboard, ←/→ put the cursor on the previous/next word, ↑/↓ on the previous/next
// paragraph, Shift+→/Shift+← grow/shrink the selection's end by a word, [ / ] grow/shrink its start, n/p jump to
// the next/previous quote and "/" finds text. The selection is kept as body offsets and shown as the document
// selection, so nothing in the text re-renders while it moves.
import { useCallback, useLayoutEffect, useRef, useState } from "react";
import type { Span } from "@/lib/anchoring/text-span";
import { nextWordEdge, snapToWords, wordAt } from "@/lib/anchoring/words";
import { selectBodyRange, selectionOffsets } from "./dom-offsets";

interface QuoteSpan {
  id: number;
  startOffset: number;
  endOffset: number;
  orphanedAt: string | null;
}

interface Options {
  body: string;
  quotes: QuoteSpan[];
  /** `q`: mark the selection as a quote (or use it as the open quote's new span). */
  onMark: (span: Span) => void;
  /** Enter on a quote, or a click on its highlight. */
  onOpenQuote: (id: number) => void;
  onFind: () => void;
  onUndo: () => void;
}

export function useTextCursor({ body, quotes, onMark, onOpenQuote, onFind, onUndo }: Options) {
  const rootRef = useRef<HTMLDivElement>(null);
  const [span, setSpan] = useState<Span | null>(null);
  const spanRef = useRef<Span | null>(null);
  const options = useRef({ quotes, onMark, onOpenQuote, onFind, onUndo });
  // The handlers below stay the same across renders and read the latest callbacks from here.
  useLayoutEffect(() => {
    options.current = { quotes, onMark, onOpenQuote, onFind, onUndo };
  });

  const select = useCallback((next: Span | null) => {
    spanRef.current = next;
    setSpan(next);
    if (next && rootRef.current) selectBodyRange(rootRef.current, next.start, next.end);
  }, []);

  const focusText = useCallback(() => {
    rootRef.current?.focus({ preventScroll: true });
    const current = spanRef.current;
    if (current && rootRef.current) selectBodyRange(rootRef.current, current.start, current.end);
  }, []);

  const pressedAt = useRef<{ x: number; y: number } | null>(null);
  const onMouseDown = useCallback((event: React.MouseEvent<HTMLDivElement>) => {
    pressedAt.current = { x: event.clientX, y: event.clientY };
  }, []);

  const onMouseUp = useCallback(
    (event: React.MouseEvent<HTMLDivElement>) => {
      const root = rootRef.current;
      if (!root) return;
      // A plain click on a highlight opens its quote, even while an earlier selection is still on the page
      // (the browser may not have collapsed it yet when mouseup fires). Shift-click extends a selection instead.
      const from = pressedAt.current;
      const moved = from ? Math.abs(event.clientX - from.x) + Math.abs(event.clientY - from.y) : 0;
      const clickedIds = (event.target as HTMLElement).closest<HTMLElement>("[data-quote-ids]")?.dataset.quoteIds;
      if (!event.shiftKey && moved < 4 && clickedIds) {
        options.current.onOpenQuote(innermost(options.current.quotes, clickedIds.split(" ").map(Number)));
        return;
      }
      const offsets = selectionOffsets(root, body.length);
      if (offsets) {
        const snapped = snapToWords(body, offsets.start, offsets.end);
        if (snapped.end > snapped.start) select(snapped);
        return;
      }
      if (clickedIds) options.current.onOpenQuote(innermost(options.current.quotes, clickedIds.split(" ").map(Number)));
    },
    [body, select],
  );

  const onKeyDown = useCallback(
    (event: React.KeyboardEvent<HTMLDivElement>) => {
      if (event.altKey || event.metaKey || (event.ctrlKey && event.key !== "z")) return;
      const current = spanRef.current ?? syncFromDocument(rootRef.current, body.length);
      const { quotes: list, onMark, onOpenQuote, onFind, onUndo } = options.current;
      const move = (next: Span | null) => {
        event.preventDefault();
        if (next && next.end > next.start) select(next);
      };
      const at = current?.start ?? 0;
      const end = current?.end ?? 0;
      switch (event.key) {
        case "ArrowRight":
          if (event.shiftKey) return move(current && { start: current.start, end: nextWordEdge(body, end, 1, "end") });
          return move(current ? wordAt(body, nextWordEdge(body, at, 1, "start")) : wordAt(body, 0));
        case "ArrowLeft":
          if (event.shiftKey) {
            const shorter = current && nextWordEdge(body, end, -1, "end");
            return move(
              current && shorter !== null && shorter > current.start ? { start: current.start, end: shorter } : current,
            );
          }
          return move(current ? wordAt(body, nextWordEdge(body, at, -1, "start")) : wordAt(body, 0));
        case "ArrowDown":
          return move(wordAt(body, paragraphStart(body, end, 1)));
        case "ArrowUp":
          return move(wordAt(body, paragraphStart(body, at, -1)));
        case "[":
          return move(current && { start: nextWordEdge(body, at, -1, "start"), end });
        case "]": {
          const later = current && nextWordEdge(body, at, 1, "start");
          return move(current && later !== null && later < end ? { start: later, end } : current);
        }
        case "n":
        case "p": {
          const next = adjacentQuote(list, at, event.key === "n" ? 1 : -1);
          return move(next && { start: next.startOffset, end: next.endOffset });
        }
        case "q":
          event.preventDefault();
          if (current && current.end > current.start) onMark(current);
          return;
        case "Enter": {
          const inside = list.filter((quote) => !quote.orphanedAt && quote.startOffset <= at && at < quote.endOffset);
          if (inside.length === 0) return;
          event.preventDefault();
          return onOpenQuote(
            innermost(
              list,
              inside.map((quote) => quote.id),
            ),
          );
        }
        case "/":
          event.preventDefault();
          return onFind();
        case "z":
          if (event.ctrlKey) {
            event.preventDefault();
            onUndo();
          }
          return;
      }
    },
    [body, select],
  );

  /** Selects the next place (after the selection, wrapping round) where `query` occurs; false when nowhere. */
  const findNext = useCallback(
    (query: string): boolean => {
      const needle = query.trim().toLowerCase();
      if (!needle) return false;
      const haystack = body.toLowerCase();
      const from = spanRef.current ? spanRef.current.start + 1 : 0;
      let found = haystack.indexOf(needle, from);
      if (found === -1) found = haystack.indexOf(needle);
      if (found === -1) return false;
      select(snapToWords(body, found, found + needle.length));
      return true;
    },
    [body, select],
  );

  return {
    rootRef,
    span,
    select,
    focusText,
    findNext,
    handlers: { onKeyDown, onMouseDown, onMouseUp, onFocus: () => undefined },
  };
}

function syncFromDocument(root: HTMLElement | null, length: number): Span | null {
  return root ? selectionOffsets(root, length) : null;
}

function innermost(quotes: QuoteSpan[], ids: number[]): number {
  const candidates = quotes.filter((quote) => ids.includes(quote.id));
  candidates.sort((a, b) => a.endOffset - a.startOffset - (b.endOffset - b.startOffset));
  return candidates[0]?.id ?? ids[0];
}

function adjacentQuote(quotes: QuoteSpan[], at: number, direction: 1 | -1): QuoteSpan | null {
  const anchored = quotes.filter((quote) => !quote.orphanedAt).sort((a, b) => a.startOffset - b.startOffset);
  return direction === 1
    ? (anchored.find((quote) => quote.startOffset > at) ?? null)
    : (anchored.findLast((quote) => quote.startOffset < at) ?? null);
}

/** The first offset of the next (or previous) paragraph; paragraphs are lines of the body. */
function paragraphStart(body: string, at: number, direction: 1 | -1): number {
  if (direction === 1) {
    const newline = body.indexOf("\n", at);
    if (newline === -1) return at;
    let next = newline;
    while (next < body.length && /\s/.test(body[next])) next++;
    return next < body.length ? next : at;
  }
  const lineStart = body.lastIndexOf("\n", Math.max(0, at - 1));
  if (lineStart <= 0) return 0;
  let previous = body.lastIndexOf("\n", lineStart - 1);
  while (previous > 0 && body.slice(previous + 1, lineStart).trim() === "")
    previous = body.lastIndexOf("\n", previous - 1);
  return previous + 1;
}
