"use client";
// One form for the three ways an article comes in: pasted text, an uploaded .txt/.md/.html file, or a page
// fetched from the URL field. After a refusal it shows again with what was entered; when fetching failed the
// paste field is where to go next.
import Link from "next/link";
import { useActionState } from "react";
import { buttonClass } from "@/components/action-form";
import { FileField } from "@/components/file-input";
import { FormField, Input, TextArea } from "@/components/form-field";
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
    <FormField name={name} label={label} error={error(name) ?? null}>
      <Input defaultValue={values[name] ?? ""} {...props} />
    </FormField>
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
        <FormField name="outlet" label="Outlet (pick one or type a new name)" error={error("outlet") ?? null}>
          <Input list="outlets" defaultValue={values.outlet ?? ""} />
        </FormField>
        <datalist id="outlets">
          {outlets.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        {field("author", "Author")}
        {field("publishedOn", "Date of the article", { type: "date", required: true })}
        {field("language", "Language (BCP 47 tag)", { placeholder: "en" })}
        {field("url", "URL", { type: "url", placeholder: "https://" })}
      </div>
      <fieldset className="space-y-3 rounded border border-slate-200 p-3">
        <legend className="px-1 text-sm font-semibold">The text</legend>
        <FormField name="body" label="Paste the text" error={error("body") ?? null}>
          <TextArea
            rows={state?.fetchFailed ? 14 : 8}
            defaultValue={values.body ?? ""}
            autoFocus={state?.fetchFailed}
          />
        </FormField>
        <FileField
          name="file"
          label="or upload a .txt, .md or .html file (HTML is reduced to its text; nothing in it runs)"
          accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
          maxBytes={ARTICLE_FILE_MAX_BYTES}
          serverError={error("file")}
        />
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
