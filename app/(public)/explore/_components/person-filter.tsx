"use client";
// The explorer's speaker filter: a type-ahead over people by name or alias (the read API's people search), which
// puts the chosen person's address name into the form's `person` field and tells the form it changed, so the live
// filters apply it. Emptying the box removes the filter. Without JavaScript the server's <noscript> menu of names
// stands in (filter-form.tsx); this part renders only once the page runs in a browser.
import { useState } from "react";
import { useHydrated } from "@/components/use-hydrated";
import { Combobox } from "@/components/ui/combobox";

interface Person {
  slug: string;
  name: string;
  roles: { country: string; title: string }[];
}

export function PersonFilter({ selected }: { selected: { slug: string; name: string } | null }) {
  const hydrated = useHydrated();
  const [query, setQuery] = useState(selected?.name ?? "");
  const [slug, setSlug] = useState(selected?.slug ?? "");
  // Back/Forward or a removed filter bring another person (or none) from the server: show it, as React recommends
  // (state adjusted during render rather than in an effect).
  const [shown, setShown] = useState(selected?.slug ?? "");
  if (shown !== (selected?.slug ?? "")) {
    setShown(selected?.slug ?? "");
    setSlug(selected?.slug ?? "");
    setQuery(selected?.name ?? "");
  }
  if (!hydrated) return null;

  const commit = (input: HTMLInputElement | null, value: string) => {
    setSlug(value);
    if (!input) return;
    // The hidden field must hold the new value before the form reads it.
    input.value = value;
    input.dispatchEvent(new Event("change", { bubbles: true }));
  };
  const hiddenField = () => document.querySelector<HTMLInputElement>("input[name=person]");

  return (
    <div>
      <Combobox<Person, Person>
        label="Speaker (person)"
        listLabel="People"
        placeholder="Type a name, e.g. Yang Jiechi"
        query={query}
        onQueryChange={(text) => {
          setQuery(text);
          if (text.trim() === "" && slug) commit(hiddenField(), "");
        }}
        openOnFocus={false}
        blockEnterSubmit={false}
        debounceMs={150}
        search={async (q) => {
          if (q.trim().length < 2) return { ok: true, data: [] };
          const response = await fetch(`/api/v1/people?${new URLSearchParams({ q: q.trim(), limit: "12" })}`);
          if (!response.ok) return { ok: false, message: "People could not be searched just now." };
          return { ok: true, data: ((await response.json()) as { data: Person[] }).data };
        }}
        searchFailed="People could not be searched: the server did not answer."
        options={(people) => people}
        optionKey={(person) => person.slug}
        renderOption={(person) => (
          <>
            <span className="block font-medium">{person.name}</span>
            {person.roles[0] ? (
              <span className="block text-xs text-slate-600">
                {person.roles[0].title} ({person.roles[0].country})
              </span>
            ) : null}
          </>
        )}
        onChoose={(person) => {
          setQuery(person.name);
          commit(hiddenField(), person.slug);
        }}
      />
      <input type="hidden" name="person" value={slug} readOnly />
    </div>
  );
}
