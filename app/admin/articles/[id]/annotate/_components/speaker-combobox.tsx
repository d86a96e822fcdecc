"use client";
// The speaker of a quote: a type-ahead over people and their aliases. The last option creates a new person with
// the typed name, offered only once the search has answered, so a fast Enter never creates a namesake of someone
// who exists. While the person is being created the box says so, and the creation is handed to the form
// (onPending) so that a save pressed meanwhile waits for the new speaker instead of failing without one.
import { useState } from "react";
import { Combobox } from "@/components/ui/combobox";
import type { PersonOption } from "@/lib/people/queries";
import { createPersonAction, searchPeopleAction } from "../actions";

interface Props {
  speaker: { id: number; name: string } | null;
  onChange: (speaker: { id: number; name: string } | null) => void;
  error?: string[];
  inputRef?: React.Ref<HTMLInputElement>;
  /** Called with the work of creating a person, which a save must wait for. */
  onPending?: (work: Promise<unknown>) => void;
}

type Option = { kind: "person"; person: PersonOption } | { kind: "create"; name: string };

export function SpeakerCombobox({ speaker, onChange, error, inputRef, onPending }: Props) {
  const [query, setQuery] = useState(speaker?.name ?? "");
  // A speaker chosen elsewhere (a new quote, an undo) replaces the typed text: state adjusted during render, as
  // React recommends over an effect.
  const speakerName = speaker?.name ?? "";
  const [shownSpeaker, setShownSpeaker] = useState(speakerName);
  if (shownSpeaker !== speakerName) {
    setShownSpeaker(speakerName);
    setQuery(speakerName);
  }

  return (
    <Combobox<PersonOption, Option>
      label="Speaker"
      listLabel="People"
      placeholder="Name or alias"
      query={query}
      onQueryChange={(text) => {
        setQuery(text);
        if (speaker) onChange(null);
      }}
      // An empty box opens no list on focus: ten people in alphabetical order help no one, and Esc should
      // close the panel rather than an unasked-for list.
      openOnFocus={!speaker && query.trim() !== ""}
      inputRef={inputRef}
      errors={error}
      debounceMs={120}
      search={(q) => searchPeopleAction({ q })}
      searchFailed="People could not be searched: the server did not answer."
      options={(people, typed, answeredFor) => {
        const name = typed.trim();
        // "Create person" only when nobody matches: the search ignores case, accents, hyphens and spaces and
        // looks in aliases, so a person spelled differently is found instead of created twice (rules 1.1).
        const exists = people.length > 0;
        return [
          ...people.map((person) => ({ kind: "person" as const, person })),
          ...(name.length >= 2 && answeredFor === name && !exists ? [{ kind: "create" as const, name }] : []),
        ];
      }}
      optionKey={(option) => (option.kind === "person" ? option.person.id : "create")}
      renderOption={(option) =>
        option.kind === "person" ? (
          <>
            <span className="block font-medium">
              {option.person.name}
              {option.person.alias ? (
                <span className="font-normal text-slate-600"> ({option.person.alias})</span>
              ) : null}
            </span>
            {option.person.roles[0] ? (
              <>
                <span className="block text-xs text-slate-700">{option.person.roles[0].title}</span>
                <span className="block text-xs text-slate-600">
                  {option.person.roles[0].countryName} ({option.person.roles[0].countryCode})
                </span>
              </>
            ) : (
              <span className="block text-xs text-slate-600">No role recorded</span>
            )}
          </>
        ) : (
          <>Create person “{option.name}”</>
        )
      }
      choosing={(option) => (option.kind === "create" ? `Creating person “${option.name}”…` : null)}
      onChoose={(option) => {
        if (option.kind === "person") return onChange({ id: option.person.id, name: option.person.name });
        const work = createPersonAction({ name: option.name })
          .catch(() => null)
          .then((result) => {
            if (!result) throw new Error("The person could not be created: the server did not answer.");
            if (!result.ok) throw new Error(result.fields?.name?.join(" ") ?? result.message);
            onChange({ id: result.data.id, name: result.data.name });
          });
        onPending?.(work);
        return work;
      }}
    />
  );
}
