"use client";
// Type-ahead over people and their aliases (the ARIA 1.2 combobox pattern with a listbox): ↓/↑ move through the
// options, Enter picks one, Esc closes the list. The last option creates a new person with the typed name.
import { useEffect, useId, useState } from "react";
import type { PersonOption } from "@/lib/people/queries";
import { createPersonAction, searchPeopleAction } from "../actions";

interface Props {
  speaker: { id: number; name: string } | null;
  onChange: (speaker: { id: number; name: string } | null) => void;
  error?: string[];
  inputRef?: React.Ref<HTMLInputElement>;
}

type Option = { kind: "person"; person: PersonOption } | { kind: "create"; name: string };

export function SpeakerCombobox({ speaker, onChange, error, inputRef }: Props) {
  const id = useId();
  const [query, setQuery] = useState(speaker?.name ?? "");
  const [people, setPeople] = useState<PersonOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  // The query the shown results answer: "Create" is offered only once the search has answered, so a fast Enter
  // never creates a namesake of someone who exists.
  const [resultsFor, setResultsFor] = useState<string | null>(null);

  const speakerName = speaker?.name ?? "";
  useEffect(() => setQuery(speakerName), [speakerName]);

  useEffect(() => {
    if (!open) return;
    let current = true;
    const timer = setTimeout(() => {
      searchPeopleAction({ q: query }).then(
        (result) => {
          if (!current) return;
          setPeople(result.ok ? result.data : []);
          setResultsFor(query.trim());
          setProblem(result.ok ? null : result.message);
          setActive(0);
        },
        () => current && setProblem("People could not be searched: the server did not answer."),
      );
    }, 120);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, open]);

  const trimmed = query.trim();
  const options: Option[] = [
    ...people.map((person) => ({ kind: "person" as const, person })),
    ...(trimmed.length >= 2 && resultsFor === trimmed && !people.some((person) => person.name.toLowerCase() === trimmed.toLowerCase())
      ? [{ kind: "create" as const, name: trimmed }]
      : []),
  ];

  async function choose(option: Option) {
    setOpen(false);
    if (option.kind === "person") return onChange({ id: option.person.id, name: option.person.name });
    const result = await createPersonAction({ name: option.name }).catch(() => null);
    if (result?.ok) onChange({ id: result.data.id, name: result.data.name });
    else setProblem(result ? (result.fields?.name?.join(" ") ?? result.message) : "The person could not be created: the server did not answer.");
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) return setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((index) => (options.length ? (index + step + options.length) % options.length : 0));
    } else if (event.key === "Enter" && open && options[active]) {
      event.preventDefault();
      void choose(options[active]);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  }

  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const describedBy = error?.length || problem ? `${id}-error` : undefined;
  return (
    <div className="relative">
      <label htmlFor={`${id}-input`} className="block text-sm font-medium">
        Speaker
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && options[active] ? optionId(active) : undefined}
        aria-invalid={error?.length ? true : undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        value={query}
        placeholder="Name or alias"
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          if (speaker) onChange(null);
        }}
        onFocus={() => setOpen(!speaker)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
        className="mt-1 block w-full rounded border border-slate-300 px-2 py-1.5 focus:outline-2 focus:outline-blue-600"
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="People"
        hidden={!open || options.length === 0}
        className="absolute z-10 mt-1 max-h-64 w-full overflow-y-auto rounded border border-slate-300 bg-white shadow"
      >
        {options.map((option, index) => (
          <li
            key={option.kind === "person" ? option.person.id : "create"}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => void choose(option)}
            className={`cursor-pointer px-2 py-1 text-sm ${index === active ? "bg-blue-100" : ""}`}
          >
            {option.kind === "person" ? (
              <>
                {option.person.name}
                {option.person.alias ? <span className="text-slate-600"> ({option.person.alias})</span> : null}
                {option.person.roles[0] ? <span className="block text-xs text-slate-600">{option.person.roles.join(" · ")}</span> : null}
              </>
            ) : (
              <>Create person “{option.name}”</>
            )}
          </li>
        ))}
      </ul>
      {describedBy ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {[...(error ?? []), ...(problem ? [problem] : [])].join(" ")}
        </p>
      ) : null}
    </div>
  );
}
