"use client";
// The quote's text as selected, with buttons that move its start and end by whole words (the same steps as
// [ ] and Shift+←/→ in the text), so a selection can be corrected before saving.
import { nextWordEdge } from "@/lib/anchoring/words";
import type { QuoteDraft } from "./use-quote-form";

interface Props {
  body: string;
  draft: QuoteDraft;
  update: (change: Partial<QuoteDraft>) => void;
  errors: string[];
}

export function SpanEditor({ body, draft, update, errors }: Props) {
  const setSpan = (start: number, end: number) => {
    if (end > start) update({ startOffset: start, endOffset: end, text: body.slice(start, end) });
  };
  const { startOffset: start, endOffset: end } = draft;
  const buttons: [string, () => void][] = [
    ["Start one word earlier", () => setSpan(nextWordEdge(body, start, -1, "start"), end)],
    ["Start one word later", () => setSpan(nextWordEdge(body, start, 1, "start"), end)],
    ["End one word earlier", () => setSpan(start, nextWordEdge(body, end, -1, "end"))],
    ["End one word later", () => setSpan(start, nextWordEdge(body, end, 1, "end"))],
  ];
  return (
    <div>
      <blockquote
        data-testid="panel-quote-text"
        className="max-h-32 overflow-y-auto border-l-4 border-slate-400 pl-2 font-serif text-sm"
      >
        {draft.text}
      </blockquote>
      <p className="mt-1 flex flex-wrap items-center gap-1 text-xs text-slate-600">
        <span>
          {start}–{end}
        </span>
        {buttons.map(([label, onClick], index) => (
          <button
            key={label}
            type="button"
            aria-label={label}
            title={label}
            onClick={onClick}
            className="rounded border border-slate-300 bg-white px-1.5"
          >
            {["⇤", "⇥", "⇤", "⇥"][index]}
            {index < 2 ? " start" : " end"}
          </button>
        ))}
      </p>
      {errors.length ? <p className="mt-1 text-sm text-red-700">{errors.join(" ")}</p> : null}
    </div>
  );
}
