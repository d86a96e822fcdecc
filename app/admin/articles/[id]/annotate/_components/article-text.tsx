"use client";
// The article body as React text nodes and <mark>s, cut at every quote boundary (overlaps become their own
// segments). Only the segments' props are compared on re-render, so moving the cursor or typing in the panel
// never re-renders 100,000 characters; whitespace is kept as is (pre-wrap) so DOM offsets equal body offsets.
import { forwardRef, memo, useMemo } from "react";
import { segmentText } from "@/lib/text-segments";

export interface Highlight {
  id: number;
  start: number;
  end: number;
  color: string;
  label: string;
}

interface Props {
  body: string;
  highlights: Highlight[];
  /** The span being marked or edited, outlined. */
  draft: { start: number; end: number } | null;
  /** Suggestions (#17), shown as ghost highlights; the focused one stands out. */
  ghosts?: { start: number; end: number; focused: boolean }[];
  onKeyDown: React.KeyboardEventHandler<HTMLDivElement>;
  onMouseDown: React.MouseEventHandler<HTMLDivElement>;
  onMouseUp: React.MouseEventHandler<HTMLDivElement>;
  onFocus: React.FocusEventHandler<HTMLDivElement>;
}

const DRAFT = -1;
/** Ghost highlights carry ids at or below this, so they are never taken for quotes. */
const GHOST = -1000;

const NO_GHOSTS: { start: number; end: number; focused: boolean }[] = [];

export const ArticleText = memo(
  forwardRef<HTMLDivElement, Props>(function ArticleText(
    { body, highlights, draft, ghosts = NO_GHOSTS, onKeyDown, onMouseDown, onMouseUp, onFocus },
    ref,
  ) {
    const segments = useMemo(() => {
      const spans = highlights.map((highlight) => ({ start: highlight.start, end: highlight.end, value: highlight }));
      if (draft && draft.end > draft.start)
        spans.push({ ...draft, value: { id: DRAFT, ...draft, color: "", label: "" } });
      ghosts.forEach((ghost, index) =>
        spans.push({
          start: ghost.start,
          end: ghost.end,
          value: {
            id: GHOST - index,
            start: ghost.start,
            end: ghost.end,
            color: ghost.focused ? "focused" : "",
            label: "",
          },
        }),
      );
      return segmentText(body, spans);
    }, [body, highlights, draft, ghosts]);
    return (
      <div
        ref={ref}
        id="article-text"
        tabIndex={0}
        role="region"
        aria-label="Article text"
        aria-describedby="text-keys"
        onKeyDown={onKeyDown}
        onMouseDown={onMouseDown}
        onMouseUp={onMouseUp}
        onFocus={onFocus}
        className="max-h-[75vh] overflow-y-auto rounded border border-slate-300 bg-white p-4 font-serif text-[17px] leading-8 whitespace-pre-wrap focus:outline-2 focus:outline-blue-600"
      >
        {segments.map((segment) => {
          const quotes = segment.covering.filter((value) => value.id > 0);
          const ghost = segment.covering.find((value) => value.id <= GHOST);
          return (
            <Segment
              key={segment.start}
              start={segment.start}
              text={segment.text}
              ids={quotes.map((quote) => quote.id).join(" ")}
              color={quotes.at(-1)?.color ?? ""}
              overlap={quotes.length > 1}
              draft={segment.covering.some((value) => value.id === DRAFT)}
              title={quotes.map((quote) => quote.label).join("\n")}
              ghost={ghost ? (ghost.color === "focused" ? "focused" : "ghost") : null}
              ghostKey={ghost ? `${ghost.start}-${ghost.end}` : undefined}
            />
          );
        })}
      </div>
    );
  }),
);

const Segment = memo(function Segment(props: {
  start: number;
  text: string;
  ids: string;
  color: string;
  overlap: boolean;
  draft: boolean;
  title: string;
  ghost: "ghost" | "focused" | null;
  ghostKey?: string;
}) {
  const draftClass = props.draft ? "outline-2 outline-offset-0 outline-blue-700 outline-dashed" : "";
  // A suggestion: a dashed violet underline, stronger (with a tint) on the focused one.
  const ghostClass =
    props.ghost === "focused"
      ? "bg-violet-100 underline decoration-violet-700 decoration-dashed decoration-2 underline-offset-4"
      : props.ghost
        ? "underline decoration-violet-400 decoration-dashed underline-offset-4"
        : "";
  if (!props.ids) {
    return (
      <span
        data-offset={props.start}
        className={`${draftClass} ${ghostClass}`.trim() || undefined}
        data-draft={props.draft || undefined}
        data-suggestion={props.ghostKey}
        data-focused-suggestion={props.ghost === "focused" || undefined}
      >
        {props.text}
      </span>
    );
  }
  return (
    <mark
      data-offset={props.start}
      data-quote-ids={props.ids}
      data-draft={props.draft || undefined}
      title={props.title}
      style={{ backgroundColor: props.color }}
      className={`cursor-pointer rounded-sm text-inherit ${props.overlap ? "underline decoration-slate-700 decoration-2 underline-offset-4" : ""} ${draftClass}`}
    >
      {props.text}
    </mark>
  );
});
