"use client";
// The speaker of a quote: a type-ahead over people and their aliases. The last option creates a new person with
// the typed name, offered only once the search has answered, so a fast Enter never creates a namesake of someone
// who exists.
import { useState } from "react";
import { Combobox } from "@/components/ui/combobox";
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
      openOnFocus={!speaker}
      inputRef={inputRef}
      errors={error}
      debounceMs={120}
      search={(q) => searchPeopleAction({ q })}
      searchFailed="People could not be searched: the server did not answer."
      options={(people, typed, answeredFor) => {
        const name = typed.trim();
        const exists = people.some((person) => person.name.toLowerCase() === name.toLowerCase());
        return [
          ...people.map((person) => ({ kind: "person" as const, person })),
          ...(name.length >= 2 && answeredFor === name && !exists ? [{ kind: "create" as const, name }] : []),
        ];
      }}
      optionKey={(option) => (option.kind === "person" ? option.person.id : "create")}
      renderOption={(option) =>
        option.kind === "person" ? (
          <>
            {option.person.name}
            {option.person.alias ? <span className="text-slate-600"> ({option.person.alias})</span> : null}
            {option.person.roles[0] ? (
              <span className="block text-xs text-slate-600">{option.person.roles.join(" · ")}</span>
            ) : null}
          </>
        ) : (
          <>Create person “{option.name}”</>
        )
      }
      onChoose={async (option) => {
        if (option.kind === "person") return onChange({ id: option.person.id, name: option.person.name });
        const result = await createPersonAction({ name: option.name }).catch(() => null);
        if (!result) throw new Error("The person could not be created: the server did not answer.");
        if (!result.ok) throw new Error(result.fields?.name?.join(" ") ?? result.message);
        onChange({ id: result.data.id, name: result.data.name });
      }}
    />
  );
}
