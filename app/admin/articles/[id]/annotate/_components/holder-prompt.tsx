"use client";
// h in a dimension: type the country code of whose stance it is (CN, KR…); it applies as soon as the code is
// complete and no longer code starts with it, or on Enter. Enter on an empty box goes back to the speaker's
// country; Esc leaves it as it was. Either way focus returns to the dimension.
import { useEffect, useId, useRef, useState } from "react";
import type { CountryOption } from "@/lib/quotes/queries";

interface Props {
  dimensionLabel: string;
  countries: CountryOption[];
  /** undefined: the speaker's country. */
  onHolder: (countryId: number | undefined) => void;
  /** Closes the prompt; focus goes back to the dimension unless `refocus` is false (focus left by itself). */
  onClose: (refocus?: boolean) => void;
}

export function HolderPrompt({ dimensionLabel, countries, onHolder, onClose }: Props) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => input.current?.focus(), []);

  const apply = (typed: string, final: boolean) => {
    if (final && typed === "") {
      onHolder(undefined);
      return onClose();
    }
    const country = countries.find((candidate) => candidate.code === typed);
    const longer = countries.some((candidate) => candidate.code !== typed && candidate.code.startsWith(typed));
    if (country && (final || !longer)) {
      onHolder(country.id);
      return onClose();
    }
    if (final || (!longer && typed.length >= 2)) setProblem(`No country has the code “${typed}”.`);
  };

  return (
    <div className="rounded border border-blue-300 bg-blue-50 p-2 text-sm" data-testid="holder-prompt">
      <label htmlFor={id} className="block font-medium">
        Whose stance on {dimensionLabel}? Country code
      </label>
      <input
        ref={input}
        id={id}
        value={code}
        maxLength={3}
        autoComplete="off"
        aria-describedby={problem ? `${id}-problem` : `${id}-hint`}
        onChange={(event) => {
          const typed = event.target.value.toUpperCase().trim();
          setCode(typed);
          setProblem(null);
          if (typed) apply(typed, false);
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            event.stopPropagation();
            apply(code, true);
          } else if (event.key === "Escape") {
            event.preventDefault();
            event.stopPropagation();
            onClose();
          }
        }}
        onBlur={() => onClose(false)}
        className="mt-1 w-20 rounded border border-slate-300 px-2 py-1 font-mono uppercase"
      />
      <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
        Enter on an empty box: the speaker’s country. Esc: leave it.
      </p>
      {problem ? (
        <p id={`${id}-problem`} role="alert" className="mt-1 text-red-700">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
