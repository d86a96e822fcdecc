"use client";
// The suggestions as a keyboard list above the text (#17): n/p (or ↓/↑) move, Enter accepts the focused one as
// a draft quote with everything filled in, Delete rejects it, e opens it in the quote panel to change it first,
// Esc goes back to the text. The focused suggestion is outlined in the text and scrolled into view.
import { useEffect, useRef } from "react";
import type { WorkspaceSuggestion } from "@/lib/suggest/workspace";
import type { CodingDimension } from "@/lib/codebook/queries";
import { ATTRIBUTION_LABELS } from "@/lib/quotes/labels";

interface Props {
  suggestions: WorkspaceSuggestion[];
  loading: boolean;
  message: string | null;
  focused: number;
  codebook: CodingDimension[];
  busy: boolean;
  onMove: (step: 1 | -1) => void;
  onFocusIndex: (index: number) => void;
  onAccept: (suggestion: WorkspaceSuggestion) => void;
  onReject: (suggestion: WorkspaceSuggestion) => void;
  onEdit: (suggestion: WorkspaceSuggestion) => void;
  onLeave: () => void;
}

export function SuggestionList(props: Props) {
  const { suggestions, focused, busy } = props;
  const current = suggestions[focused];
  const listRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!current) return;
    const mark = document.querySelector(`[data-suggestion="${current.startOffset}-${current.endOffset}"]`);
    // Only while the editor works in the list: opening the workspace must not scroll the page on its own.
    if (document.activeElement === listRef.current) mark?.scrollIntoView({ block: "nearest" });
  }, [current]);

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const handled = () => event.preventDefault();
    if (event.key === "n" || event.key === "ArrowDown") return (handled(), props.onMove(1));
    if (event.key === "p" || event.key === "ArrowUp") return (handled(), props.onMove(-1));
    if (event.key === "Escape") return (handled(), props.onLeave());
    if (!current || busy) return;
    if (event.key === "Enter") return (handled(), props.onAccept(current));
    if (event.key === "Delete" || event.key === "Backspace") return (handled(), props.onReject(current));
    if (event.key === "e") return (handled(), props.onEdit(current));
  };

  return (
    <section aria-labelledby="suggestions-title" className="rounded border border-dashed border-violet-400 p-2 text-sm">
      <h2 id="suggestions-title" className="font-semibold">
        Suggestions{props.loading ? " (loading…)" : ` (${suggestions.length})`}
      </h2>
      {props.message ? <p className="text-slate-700">{props.message}</p> : null}
      <div
        ref={listRef}
        role="listbox"
        tabIndex={0}
        aria-label="Suggestions"
        aria-describedby="suggestion-keys"
        aria-activedescendant={current ? optionId(current) : undefined}
        aria-busy={busy || undefined}
        onKeyDown={onKeyDown}
        className="mt-1 max-h-56 overflow-y-auto rounded focus:outline-2 focus:outline-violet-700"
      >
        {suggestions.map((suggestion, index) => (
          <div
            key={optionId(suggestion)}
            id={optionId(suggestion)}
            role="option"
            aria-selected={index === focused}
            onClick={() => props.onFocusIndex(index)}
            className={`cursor-pointer rounded px-2 py-1 ${index === focused ? "bg-violet-100" : ""}`}
          >
            <span className="block truncate">“{suggestion.text}”</span>
            <span className="block text-xs text-slate-700">{describe(suggestion, props.codebook)}</span>
          </div>
        ))}
      </div>
      <p id="suggestion-keys" className="mt-1 text-xs text-slate-600">
        n / p move · Enter accept as a draft · Delete reject · e edit first · Esc back to the text
      </p>
    </section>
  );
}

function optionId(suggestion: WorkspaceSuggestion): string {
  return `suggestion-${suggestion.startOffset}-${suggestion.endOffset}`;
}

function describe(suggestion: WorkspaceSuggestion, codebook: CodingDimension[]): string {
  const positions = suggestion.stances.map((stance) => {
    const dimension = codebook.find((candidate) => candidate.id === stance.dimensionId);
    const position = dimension?.positions.find((candidate) => candidate.id === stance.positionId);
    return position ? `${dimension?.label}: ${position.label}` : null;
  });
  const date = `${suggestion.statedOn}${suggestion.statedOnReported ? " (reported on)" : ""}`;
  const speaker = `${suggestion.speakerName}${suggestion.speakerCountryCode ? ` (${suggestion.speakerCountryCode})` : ""}`;
  return [speaker, ATTRIBUTION_LABELS[suggestion.attribution], date, ...new Set(positions.filter(Boolean))].join(" · ");
}
