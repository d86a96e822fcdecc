"use client";
// Correcting the article text: the quotes are placed again on the server, and the report says how many stayed,
// moved, were matched approximately (their text updated) or were orphaned. The page then reloads with the new text.
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ReanchorReport } from "@/lib/articles/update-body";
import { updateBodyAction } from "../actions";

export function BodyCorrection({ article }: { article: { id: number; version: number; body: string } }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [report, setReport] = useState<ReanchorReport | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = String(new FormData(event.currentTarget).get("body") ?? "");
    setPending(true);
    const result = await updateBodyAction({ id: article.id, version: article.version, body }).catch(() => null);
    setPending(false);
    if (!result)
      return setProblem(
        "The text could not be saved: the server did not answer. Your corrections are still in the box.",
      );
    if (!result.ok) return setProblem(result.fields?.body?.join(" ") ?? result.message);
    setProblem(null);
    setReport(result.data.report);
    router.refresh();
  }

  return (
    <details className="rounded border border-slate-300 p-3 text-sm">
      <summary className="cursor-pointer font-medium">Correct the article text</summary>
      <form onSubmit={onSubmit} className="mt-2 space-y-2">
        <label htmlFor="body-correction" className="block">
          Text (quotes are placed again after saving; any that cannot be found are listed as orphaned)
        </label>
        <textarea
          id="body-correction"
          name="body"
          defaultValue={article.body}
          rows={12}
          className="block w-full rounded border border-slate-300 p-2 font-mono text-xs"
        />
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-slate-900 px-3 py-1.5 text-white disabled:opacity-50"
        >
          {pending ? "Saving…" : "Save corrected text"}
        </button>
        {problem ? (
          <p role="alert" className="text-red-700">
            {problem}
          </p>
        ) : null}
        {report ? (
          <p role="status">
            Saved. Quotes kept: {report.kept.length}, moved: {report.moved.length}, matched approximately (text
            updated): {report.fuzzy.length}, orphaned: {report.orphaned.length}.
          </p>
        ) : null}
      </form>
    </details>
  );
}
