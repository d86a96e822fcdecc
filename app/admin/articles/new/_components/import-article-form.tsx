"use client";
// One form for the three ways an article comes in: pasted text, an uploaded .txt/.md/.html file, or a page
// fetched from the URL field. After a refusal it shows again with what was entered; when fetching failed the
// paste field is where to go next.
import Link from "next/link";
import { useActionState } from "react";
import { buttonClass, inputClass } from "@/components/action-form";
import { FileInput } from "@/components/file-input";
import { ARTICLE_FILE_MAX_BYTES } from "@/lib/import/limits";
import type { ImportFormState } from "./import-form-state";

export function ImportArticleForm({
  outlets,
  action,
}: {
  outlets: string[];
  action: (previous: ImportFormState, formData: FormData) => Promise<ImportFormState>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const values = state?.values ?? {};
  const error = (name: string) => state?.fields?.[name]?.join(" ");
  const field = (name: string, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <label className="block text-sm font-medium">
      {label}
      <input
        name={name}
        defaultValue={values[name] ?? ""}
        aria-invalid={error(name) ? true : undefined}
        className={inputClass}
        {...props}
      />
      {error(name) ? <span className="mt-1 block text-sm text-red-700">{error(name)}</span> : null}
    </label>
  );
  return (
    // Keyed on the state so the fields take the returned values after React resets the form.
    <form
      key={JSON.stringify(values)}
      action={formAction}
      aria-busy={pending}
      aria-label="Import an article"
      className="space-y-4"
    >
      {state?.message ? (
        <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          <p>{state.message}</p>
          {state.existingArticleId ? (
            <p className="mt-1">
              <Link href={`/admin/articles/${state.existingArticleId}`} className="underline">
                Open the existing article
              </Link>
            </p>
          ) : null}
          {state.fetchFailed ? (
            <p className="mt-1">Paste the article&apos;s text below instead; your other entries are kept.</p>
          ) : null}
        </div>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {field("title", "Title (from the file or page when left empty)")}
        <label className="block text-sm font-medium">
          Outlet (pick one or type a new name)
          <input name="outlet" list="outlets" defaultValue={values.outlet ?? ""} className={inputClass} />
          <datalist id="outlets">
            {outlets.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </label>
        {field("author", "Author")}
        {field("publishedOn", "Date of the article", { type: "date", required: true })}
        {field("language", "Language (BCP 47 tag)", { placeholder: "en" })}
        {field("url", "URL", { type: "url", placeholder: "https://" })}
      </div>
      <fieldset className="space-y-3 rounded border border-slate-200 p-3">
        <legend className="px-1 text-sm font-semibold">The text</legend>
        <label className="block text-sm font-medium">
          Paste the text
          <textarea
            name="body"
            rows={state?.fetchFailed ? 14 : 8}
            defaultValue={values.body ?? ""}
            autoFocus={state?.fetchFailed}
            className={inputClass}
          />
          {error("body") ? <span className="mt-1 block text-sm text-red-700">{error("body")}</span> : null}
        </label>
        <label className="block text-sm font-medium">
          or upload a .txt, .md or .html file (HTML is reduced to its text; nothing in it runs)
          <FileInput
            name="file"
            accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
            maxBytes={ARTICLE_FILE_MAX_BYTES}
            serverError={error("file")}
          />
        </label>
      </fieldset>
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="intent" value="save" disabled={pending} className={buttonClass}>
          Import
        </button>
        <button
          type="submit"
          name="intent"
          value="fetch"
          disabled={pending}
          className="rounded border border-slate-400 px-4 py-2 text-sm"
        >
          Fetch from the URL and import
        </button>
      </div>
    </form>
  );
}
