"use client";
// h in a dimension: type the country code of whose stance it is (CN, KR…); it applies as soon as the code is
// complete and no longer code starts with it, or on Enter. Enter on an empty box goes back to the speaker's
// country; Esc leaves it as it was. Either way focus returns to the dimension.
import { useEffect, useRef, useState } from "react";
import { FormField, Input } from "@/components/form-field";
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
      <FormField
        name="holder"
        label={`Whose stance on ${dimensionLabel}? Country code`}
        hint="Enter on an empty box: the speaker’s country. Esc: leave it."
        error={problem}
        live
      >
        <Input
          ref={input}
          value={code}
          maxLength={3}
          autoComplete="off"
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
      </FormField>
    </div>
  );
}
