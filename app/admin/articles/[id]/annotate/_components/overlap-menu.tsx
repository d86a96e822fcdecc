"use client";
// Several quotes cover the clicked text (two editors marked overlapping spans, or a quote inside a longer one):
// a small list of them, oldest first, to open the one meant. ↑/↓ move, Enter opens, Esc goes back to the text.
import { useEffect, useRef } from "react";
import type { WorkspaceQuote } from "@/lib/quotes/queries";
import { STATUS_COLORS } from "./colors";

interface Props {
  quotes: WorkspaceQuote[];
  /** Where to show the list, in window coordinates (under the click or the keyboard selection). */
  at: { x: number; y: number };
  onOpen: (id: number) => void;
  onClose: () => void;
}

export function OverlapMenu({ quotes, at, onOpen, onClose }: Props) {
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => root.current?.querySelector("button")?.focus(), []);

  function onKeyDown(event: React.KeyboardEvent) {
    const buttons = [...(root.current?.querySelectorAll("button") ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      buttons[(index + step + buttons.length) % buttons.length]?.focus();
    }
  }

  return (
    <div
      ref={root}
      role="dialog"
      aria-label="Quotes covering this text"
      data-testid="overlap-menu"
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (!root.current?.contains(event.relatedTarget as Node | null)) onClose();
      }}
      style={{ left: Math.max(8, Math.min(at.x, window.innerWidth - 336)), top: at.y + 8 }}
      className="fixed z-20 w-80 rounded border border-slate-400 bg-white p-1 text-sm shadow-lg"
    >
      <p className="px-2 py-1 text-xs text-slate-600">{quotes.length} quotes cover this text:</p>
      <ul>
        {quotes.map((quote) => (
          <li key={quote.id}>
            <button
              type="button"
              onClick={() => onOpen(quote.id)}
              className="block w-full rounded px-2 py-1 text-left hover:bg-blue-50 focus:bg-blue-100 focus:outline-2 focus:outline-blue-600"
            >
              <span className="block font-medium">
                #{quote.id} · {quote.speakerName ?? quote.speakerLabel ?? "No speaker"} ·{" "}
                {STATUS_COLORS[quote.status].label}
              </span>
              <span className="block truncate font-serif text-slate-700">“{quote.text}”</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
