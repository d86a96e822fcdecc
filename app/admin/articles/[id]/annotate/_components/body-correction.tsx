"use client";
// Correcting the article text: the quotes are placed again on the server, and the report says how many stayed,
// moved, were matched approximately (their text updated) or were orphaned. The page then reloads with the new text.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormField, TextArea } from "@/components/form-field";
import type { ReanchorReport } from "@/lib/articles/update-body";
import { submitCorrectionAction, updateBodyAction } from "../actions";

export function BodyCorrection({
  article,
}: {
  article: {
    id: number;
    version: number;
    body: string;
    correction: { revisionId: number; status: string; version: number; body: string } | null;
  };
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [report, setReport] = useState<ReanchorReport | null>(null);
  const correction = article.correction;

  async function submitCorrection() {
    if (!correction) return;
    setPending(true);
    const result = await submitCorrectionAction({ revisionId: correction.revisionId, version: correction.version });
    setPending(false);
    if (!result.ok) return setProblem(result.message);
    setProblem(null);
    router.refresh();
  }

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
        <FormField
          name="body"
          label="Text (quotes are placed again after saving; any that cannot be found are listed as orphaned)"
          error={null}
        >
          <TextArea
            defaultValue={correction?.body ?? article.body}
            rows={12}
            className="mt-1 block w-full rounded border border-slate-300 p-2 font-mono text-xs"
          />
        </FormField>
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
        {correction ? (
          <p role="note" className="rounded bg-amber-50 p-2" data-testid="text-correction">
            The article is published: the corrected text waits as a correction ({correction.status.replace("_", " ")})
            until a second editor approves it; the public reads the current text until then.{" "}
            {correction.status !== "in_review" ? (
              <button type="button" onClick={submitCorrection} disabled={pending} className="underline">
                Send the correction for review
              </button>
            ) : null}
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
