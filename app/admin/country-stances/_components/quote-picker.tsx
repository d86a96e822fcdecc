"use client";
// Picks the quotes a country stance record cites: a type-ahead over quotes (text, speaker or alias, holder
// country code) in the ARIA 1.2 combobox pattern: ↓/↑ move through the options, Enter adds one, Esc closes.
// The chosen quotes are listed below it, each with its coded stances and a Remove button.
import { useEffect, useId, useState } from "react";
import type { EvidenceQuote } from "@/lib/country-stances/queries";
import { searchEvidenceAction } from "../actions";

interface Props {
  chosen: EvidenceQuote[];
  onChange: (quotes: EvidenceQuote[]) => void;
  error?: string[];
}

export function QuotePicker({ chosen, onChange, error }: Props) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<EvidenceQuote[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    let current = true;
    const timer = setTimeout(() => {
      searchEvidenceAction({ q: query }).then(
        (result) => {
          if (!current) return;
          setResults(result.ok ? result.data : []);
          setProblem(result.ok ? null : result.message);
          setActive(0);
        },
        () => current && setProblem("Quotes could not be searched: the server did not answer."),
      );
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, open]);

  const options = results.filter((quote) => !chosen.some((c) => c.id === quote.id));

  function choose(quote: EvidenceQuote) {
    onChange([...chosen, quote]);
    setQuery("");
    setOpen(false);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) return setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((index) => (options.length ? (index + step + options.length) % options.length : 0));
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (open && options[active]) choose(options[active]);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
    }
  }

  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const messages = [...(error ?? []), ...(problem ? [problem] : [])];
  return (
    <div>
      <div className="relative">
        <label htmlFor={`${id}-input`} className="block text-sm font-medium">
          Add a supporting quote
        </label>
        <input
          id={`${id}-input`}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open && options.length > 0}
          aria-controls={listId}
          aria-activedescendant={open && options[active] ? optionId(active) : undefined}
          aria-invalid={error?.length ? true : undefined}
          aria-describedby={messages.length ? `${id}-error` : `${id}-hint`}
          autoComplete="off"
          value={query}
          placeholder="Words of the quote, speaker, or country code"
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={onKeyDown}
          className="mt-1 block w-full rounded border border-slate-300 px-3 py-2 focus:outline-2 focus:outline-blue-600"
        />
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          Search the text, the speaker (or an alias) or a holder country (CN); ↓ and Enter pick.
        </p>
        <ul
          id={listId}
          role="listbox"
          aria-label="Quotes"
          hidden={!open || options.length === 0}
          className="absolute z-10 mt-1 max-h-80 w-full overflow-y-auto rounded border border-slate-300 bg-white shadow"
        >
          {options.map((quote, index) => (
            <li
              key={quote.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(quote)}
              className={`cursor-pointer px-3 py-2 text-sm ${index === active ? "bg-blue-100" : ""}`}
            >
              <QuoteSummary quote={quote} />
            </li>
          ))}
        </ul>
      </div>
      {messages.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {messages.join(" ")}
        </p>
      ) : null}
      <h3 className="mt-4 text-sm font-medium">Cited quotes ({chosen.length})</h3>
      {chosen.length === 0 ? <p className="text-sm text-slate-600">None yet.</p> : null}
      <ul aria-label="Cited quotes" className="mt-1 space-y-2">
        {chosen.map((quote) => (
          <li key={quote.id} className="flex items-start gap-3 rounded border border-slate-200 p-2 text-sm">
            <div className="flex-1">
              <QuoteSummary quote={quote} />
            </div>
            <button type="button" className="underline" aria-label={`Remove quote ${quote.id}`} onClick={() => onChange(chosen.filter((c) => c.id !== quote.id))}>
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
