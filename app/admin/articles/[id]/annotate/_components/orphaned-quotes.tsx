"use client";
// Quotes a body correction could not place again. Each waits for an editor to select its text anew.
import type { WorkspaceQuote } from "@/lib/quotes/queries";

export function OrphanedQuotes({ quotes, onOpen }: { quotes: WorkspaceQuote[]; onOpen: (id: number) => void }) {
  if (quotes.length === 0) return null;
  return (
    <section
      aria-labelledby="orphaned-title"
      className="rounded border border-amber-300 bg-amber-50 p-3 text-sm"
      data-testid="orphaned-quotes"
    >
      <h2 id="orphaned-title" className="font-semibold">
        Orphaned quotes ({quotes.length})
      </h2>
      <p className="text-slate-700">
        The article text changed and these were not found in it. Open one, select its text, press q and save.
      </p>
      <ul className="mt-2 space-y-1">
        {quotes.map((quote) => (
          <li key={quote.id}>
            <button type="button" onClick={() => onOpen(quote.id)} className="text-left underline">
              “{quote.text.length > 80 ? `${quote.text.slice(0, 77)}…` : quote.text}”
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
