"use client";
// Picks the quotes a country stance record cites: a type-ahead over quotes (text, speaker or alias, holder
// country code); the chosen quotes are listed below it, each with its coded stances and a Remove button.
import { useState } from "react";
import { Combobox } from "@/components/ui/combobox";
import type { EvidenceQuote } from "@/lib/country-stances/queries";
import { searchEvidenceAction } from "../actions";

interface Props {
  chosen: EvidenceQuote[];
  onChange: (quotes: EvidenceQuote[]) => void;
  error?: string[];
}

export function QuotePicker({ chosen, onChange, error }: Props) {
  const [query, setQuery] = useState("");
  return (
    <div>
      <Combobox<EvidenceQuote, EvidenceQuote>
        label="Add a supporting quote"
        listLabel="Quotes"
        placeholder="Words of the quote, speaker, or country code"
        hint="Search the text, the speaker (or an alias) or a holder country (CN); ↓ and Enter pick."
        query={query}
        onQueryChange={setQuery}
        blockEnterSubmit
        errors={error}
        search={(q) => searchEvidenceAction({ q })}
        searchFailed="Quotes could not be searched: the server did not answer."
        // Only the answer to the words now typed: a stale list from the previous search could be clicked just as the
        // new answer reorders it, citing a quote the editor did not pick.
        options={(results, typed, answeredFor) =>
          answeredFor === typed.trim() ? results.filter((quote) => !chosen.some((c) => c.id === quote.id)) : []
        }
        optionKey={(quote) => quote.id}
        renderOption={(quote) => <QuoteSummary quote={quote} />}
        onChoose={(quote) => {
          onChange([...chosen, quote]);
          setQuery("");
        }}
      />
      <h3 className="mt-4 text-sm font-medium">Cited quotes ({chosen.length})</h3>
      {chosen.length === 0 ? <p className="text-sm text-slate-600">None yet.</p> : null}
      <ul aria-label="Cited quotes" className="mt-1 space-y-2">
        {chosen.map((quote) => (
          <li key={quote.id} className="flex items-start gap-3 rounded border border-slate-200 p-2 text-sm">
            <div className="flex-1">
              <QuoteSummary quote={quote} />
            </div>
            <button
              type="button"
              className="underline"
              aria-label={`Remove quote ${quote.id}`}
              onClick={() => onChange(chosen.filter((c) => c.id !== quote.id))}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function QuoteSummary({ quote }: { quote: EvidenceQuote }) {
  return (
    <>
      <span>“{quote.text.length > 160 ? `${quote.text.slice(0, 160)}…` : quote.text}”</span>
      <span className="block text-xs text-slate-600">
        #{quote.id} · {quote.statedOn} · {quote.speaker ?? "unnamed"}
        {quote.speakerCountry ? ` (${quote.speakerCountry})` : ""} · {quote.status.replace("_", " ")}
        {quote.stances.length ? ` · ${quote.stances.join("; ")}` : " · no stances"}
      </span>
    </>
  );
}
