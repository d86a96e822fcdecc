"use client";
// Saved views: a view of the explorer is its address, so saving one keeps a name and a plain URL in this browser
// (localStorage), listed as links to open, copy or share; nothing is stored on the server. Rendered only in a
// browser: without JavaScript the address bar is the saved view.
import { useState } from "react";
import { FormField, Input } from "@/components/form-field";
import { useHydrated } from "@/components/use-hydrated";

const KEY = "explore.savedViews";

interface SavedView {
  name: string;
  href: string;
}

function readSaved(): SavedView[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? "[]");
    return Array.isArray(parsed)
      ? parsed.filter((item): item is SavedView => typeof item?.name === "string" && typeof item?.href === "string")
      : [];
  } catch {
    return []; // storage blocked or unreadable: nothing saved
  }
}

export function SavedViews() {
  const hydrated = useHydrated();
  const [saved, setSaved] = useState<SavedView[] | null>(null);
  const [name, setName] = useState("");
  const [notice, setNotice] = useState("");
  if (!hydrated) return null;
  const views = saved ?? readSaved();
  // The address as it is at the moment of saving or copying (the cached unfiltered page has no search parameters).
  const here = () => `${window.location.pathname}${window.location.search}`;

  const store = (next: SavedView[]) => {
    setSaved(next);
    try {
      window.localStorage.setItem(KEY, JSON.stringify(next));
    } catch {
      setNotice("This browser does not keep saved views; copy the address instead.");
    }
  };

  return (
    <section aria-labelledby="saved-views-heading" className="text-sm">
      <h2 id="saved-views-heading" className="font-semibold">
        Saved views
      </h2>
      <form
        className="mt-1 flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          const label = name.trim() || `View of ${new Date().toLocaleDateString("en-GB")}`;
          store([...views.filter((view) => view.name !== label), { name: label, href: here() }]);
          setName("");
          setNotice(`Saved “${label}”.`);
        }}
      >
        <FormField name="viewName" label="Name this view">
          <Input
            value={name}
            onChange={(event) => setName(event.target.value)}
            maxLength={80}
            className="mt-1 block rounded border border-slate-400 px-2 py-1"
          />
        </FormField>
        <button type="submit" className="rounded border border-slate-500 px-3 py-1">
          Save this view
        </button>
        <button
          type="button"
          className="rounded border border-slate-500 px-3 py-1"
          onClick={() =>
            navigator.clipboard.writeText(new URL(here(), window.location.origin).toString()).then(
              () => setNotice("The address of this view is copied."),
              () => setNotice("Copying was refused; copy the address bar instead."),
            )
          }
        >
          Copy link
        </button>
      </form>
      <p role="status" className="mt-1 min-h-5 text-slate-600">
        {notice}
      </p>
      {views.length > 0 ? (
        <ul className="mt-1 space-y-0.5">
          {views.map((view) => (
            <li key={view.name} className="flex flex-wrap items-center gap-2">
              <a href={view.href} className="underline">
                {view.name}
              </a>
              <button
                type="button"
                className="text-xs text-slate-600 underline"
                onClick={() => store(views.filter((other) => other.name !== view.name))}
              >
                Remove<span className="sr-only"> {view.name}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
