"use client";
// The speaker of a quote: a type-ahead over people and their aliases. The last option, "Create person", is offered
// only once the search has answered and found nobody, so a fast Enter never creates a namesake of someone who
// exists; choosing it creates nothing yet but opens a confirmation that asks for the person's role (their country
// then fills in next time). The person is created only when the editor confirms there; Esc creates nothing.
import { useRef, useState } from "react";
import { Combobox } from "@/components/ui/combobox";
import type { PersonOption } from "@/lib/people/queries";
import type { CountryOption } from "@/lib/quotes/queries";
import { searchPeopleAction } from "../actions";
import { CreatePersonDialog } from "./create-person-dialog";

interface Props {
  speaker: { id: number; name: string } | null;
  onChange: (speaker: { id: number; name: string } | null) => void;
  error?: string[];
  inputRef?: React.Ref<HTMLInputElement>;
  /** For the role of a person created here. */
  countries: CountryOption[];
  /** The speaker's country chosen on the quote so far, offered as the new person's role country. */
  countryId: number | null;
}

type Option = { kind: "person"; person: PersonOption } | { kind: "create"; name: string };

export function SpeakerCombobox({ speaker, onChange, error, inputRef, countries, countryId }: Props) {
  const [query, setQuery] = useState(speaker?.name ?? "");
  // The name typed when "Create person" was chosen, while its confirmation is open.
  const [creating, setCreating] = useState<string | null>(null);
  const created = useRef<{ id: number; name: string } | null>(null);
  // A speaker chosen elsewhere (a new quote, an undo) replaces the typed text: state adjusted during render, as
  // React recommends over an effect.
  const speakerName = speaker?.name ?? "";
  const [shownSpeaker, setShownSpeaker] = useState(speakerName);
  if (shownSpeaker !== speakerName) {
    setShownSpeaker(speakerName);
    setQuery(speakerName);
  }

  return (
    <>
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
            <>Create person “{option.name}”…</>
          )
        }
        onChoose={(option) => {
          if (option.kind === "person") onChange({ id: option.person.id, name: option.person.name });
          else setCreating(option.name);
        }}
      />
      {creating !== null ? (
        <CreatePersonDialog
          name={creating}
          countries={countries}
          countryId={countryId}
          onCreated={(person) => (created.current = person)}
          onClose={() => {
            setCreating(null);
            // After the dialog has given the focus back, so that choosing the new speaker moves it on.
            if (created.current) onChange(created.current);
            created.current = null;
          }}
        />
      ) : null}
    </>
  );
}
