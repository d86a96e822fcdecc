"use client";
// The selection in the article text, by mouse or keyboard. A mouse selection snaps to whole words when the
// button is released. From the keyboard, ←/→ put the cursor on the previous/next word, ↑/↓ on the previous/next
// paragraph, [ / ] grow/shrink the selection's start by a word, n/p jump to the next/previous quote and "/"
// finds text; the text-editor keys (Shift+arrows, Shift+Home/End, s, ") are in use-selection-keys. The selection
// is kept as body offsets (an anchor and a focus, never inside a surrogate pair) and shown as the document
// selection, so nothing in the text re-renders while it moves.
import { useCallback, useLayoutEffect, useRef, useState } from "react";
import type { Span } from "@/lib/anchoring/text-span";
import { wholeCharacters } from "@/lib/anchoring/text-units";
import { nextWordEdge, snapToWords, wordAt } from "@/lib/anchoring/words";
import { selectBodyRange, selectionOffsets } from "./dom-offsets";
import { selectionKey, spanOf, type TextSelection } from "./use-selection-keys";

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
  /** Enter on a quote, or a click on its highlight: the quotes covering that place (several where they overlap). */
  onOpenQuote: (ids: number[], at: { x: number; y: number }) => void;
  onFind: () => void;
  onUndo: () => void;
}

export function useTextCursor({ body, quotes, onMark, onOpenQuote, onFind, onUndo }: Options) {
  const rootRef = useRef<HTMLDivElement>(null);
  /** The selected span; null when nothing (or an empty caret) is selected. */
  const [span, setSpan] = useState<Span | null>(null);
  /** Why the last key did nothing ("Select some text first."), until the next key. */
  const [notice, setNotice] = useState<string | null>(null);
  const selectionRef = useRef<TextSelection | null>(null);
  const pointerDown = useRef(false);
  const options = useRef({ quotes, onMark, onOpenQuote, onFind, onUndo });
  // The handlers below stay the same across renders and read the latest callbacks from here.
  useLayoutEffect(() => {
    options.current = { quotes, onMark, onOpenQuote, onFind, onUndo };
  });

  // Suggestions arriving (or any other change of what is drawn over the text) re-split the text: React rewrites the
  // text nodes, and the browser collapses a selection inside them to a caret, so the editor's selection vanished
  // under their keys (the status still named it and q still marked it). While the text has the focus and no
  // mouse button is down (a drag in progress is the user's), put it back after every render that lost it.
  useLayoutEffect(() => {
    const root = rootRef.current;
    const current = selectionRef.current;
    if (!root || !current || current.anchor === current.focus) return;
    if (pointerDown.current || document.activeElement !== root) return;
    const shown = selectionOffsets(root, body.length);
    const wanted = spanOf(current);
    if (shown && shown.start === wanted.start && shown.end === wanted.end) return;
    selectBodyRange(root, current.anchor, current.focus);
  });

  const setSelection = useCallback(
    (next: TextSelection | null) => {
      if (next) {
        const whole = wholeCharacters(body, spanOf(next));
        next =
          next.anchor <= next.focus
            ? { anchor: whole.start, focus: whole.end }
            : { anchor: whole.end, focus: whole.start };
      }
      selectionRef.current = next;
      setNotice(null);
      const ordered = next && spanOf(next);
      setSpan(ordered && ordered.end > ordered.start ? ordered : null);
      if (next && rootRef.current) selectBodyRange(rootRef.current, next.anchor, next.focus);
    },
    [body],
  );
  const select = useCallback(
    (next: Span | null) => setSelection(next && { anchor: next.start, focus: next.end }),
    [setSelection],
  );

  const focusText = useCallback(() => {
    rootRef.current?.focus({ preventScroll: true });
    const current = selectionRef.current;
    if (current && rootRef.current) selectBodyRange(rootRef.current, current.anchor, current.focus);
  }, []);

  const pressedAt = useRef<{ x: number; y: number } | null>(null);
  const onMouseDown = useCallback((event: React.MouseEvent<HTMLDivElement>) => {
    pressedAt.current = { x: event.clientX, y: event.clientY };
    pointerDown.current = true;
    // Wherever the button comes up (a drag may end outside the text).
    window.addEventListener("mouseup", () => (pointerDown.current = false), { once: true, capture: true });
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
      const at = { x: event.clientX, y: event.clientY };
      if (!event.shiftKey && moved < 4 && clickedIds) {
        options.current.onOpenQuote(clickedIds.split(" ").map(Number), at);
        return;
      }
      const offsets = selectionOffsets(root, body.length);
      if (offsets) {
        const snapped = snapToWords(body, offsets.start, offsets.end);
        if (snapped.end > snapped.start) select(snapped);
        return;
      }
      if (clickedIds) options.current.onOpenQuote(clickedIds.split(" ").map(Number), at);
    },
    [body, select],
  );

  const onKeyDown = useCallback(
    (event: React.KeyboardEvent<HTMLDivElement>) => {
      if (event.altKey || event.metaKey) return;
      const synced = selectionRef.current ? null : syncFromDocument(rootRef.current, body.length);
      const selection = selectionRef.current ?? (synced && { anchor: synced.start, focus: synced.end });
      const moved = selectionKey(event, body, selection);
      if (moved) {
        event.preventDefault();
        if ("notice" in moved) return setNotice(moved.notice);
        return setSelection(moved.selection);
      }
      if (event.ctrlKey && event.key !== "z") return;
      if (event.key !== "Shift") setNotice(null);
      const ordered = selection && spanOf(selection);
      const current = ordered && ordered.end > ordered.start ? ordered : null;
      const { quotes: list, onMark, onOpenQuote, onFind, onUndo } = options.current;
      const move = (next: Span | null) => {
        event.preventDefault();
        if (next && next.end > next.start) select(next);
      };
      const at = current?.start ?? 0;
      const end = current?.end ?? 0;
      switch (event.key) {
        case "ArrowRight":
          return move(current ? wordAt(body, nextWordEdge(body, at, 1, "start")) : wordAt(body, 0));
        case "ArrowLeft":
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
          if (current) onMark(current);
          else setNotice("Nothing is selected: select text first (Shift+→, / to find, or the mouse), then press q.");
          return;
        case "Enter": {
          const inside = list.filter((quote) => !quote.orphanedAt && quote.startOffset <= at && at < quote.endOffset);
          if (inside.length === 0) return;
          event.preventDefault();
          return onOpenQuote(
            inside.map((quote) => quote.id),
            selectionCorner(),
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
    [body, select, setSelection],
  );

  /** Selects the next place (after the selection, wrapping round) where `query` occurs; false when nowhere. */
  const findNext = useCallback(
    (query: string): boolean => {
      const needle = query.trim().toLowerCase();
      if (!needle) return false;
      const haystack = body.toLowerCase();
      const from = selectionRef.current ? Math.min(selectionRef.current.anchor, selectionRef.current.focus) + 1 : 0;
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
    notice,
    select,
    focusText,
    findNext,
    handlers: { onKeyDown, onMouseDown, onMouseUp, onFocus: () => undefined },
  };
}

function syncFromDocument(root: HTMLElement | null, length: number): Span | null {
  return root ? selectionOffsets(root, length) : null;
}

/** The bottom-left corner of the document selection, where a list about it can appear. */
function selectionCorner(): { x: number; y: number } {
  const selection = document.getSelection();
  const box = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).getBoundingClientRect() : null;
  return box ? { x: box.left, y: box.bottom } : { x: 16, y: 16 };
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
