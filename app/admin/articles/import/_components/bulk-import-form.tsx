"use client";
// The bulk import form and its report: each row's fate by line number.
import Link from "next/link";
import { useActionState } from "react";
import { buttonClass } from "@/components/action-form";
import { FileField } from "@/components/file-input";
import { FormField, Select } from "@/components/form-field";
import { BULK_FILE_MAX_BYTES } from "@/lib/import/limits";
import type { BulkFormState } from "../actions";
import { ScrollRegion } from "@/components/scroll-region";

export function BulkImportForm({
  action,
}: {
  action: (previous: BulkFormState, formData: FormData) => Promise<BulkFormState>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const report = state?.report;
  return (
    <div className="space-y-6">
      <form action={formAction} aria-busy={pending} aria-label="Bulk import" className="space-y-3">
        <FileField
          name="file"
          label="File (.jsonl or .csv)"
          required
          accept=".jsonl,.ndjson,.csv"
          maxBytes={BULK_FILE_MAX_BYTES}
          serverError={state?.fields?.file?.join(" ")}
        />
        <FormField name="format" label="Format" error={null}>
          <Select defaultValue="auto">
            <option value="auto">From the file name</option>
            <option value="jsonl">JSON Lines</option>
            <option value="csv">CSV with a header row</option>
          </Select>
        </FormField>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="allOrNothing" /> All or nothing: import no row if any row is rejected
        </label>
        <button type="submit" disabled={pending} className={buttonClass}>
          Import
        </button>
        {state?.message ? (
          <p role={state.ok ? "status" : "alert"} className={`text-sm ${state.ok ? "text-green-800" : "text-red-700"}`}>
            {state.message}
          </p>
        ) : null}
      </form>
      {report ? (
        <ScrollRegion label="Import report">
          <table className="w-full min-w-[36rem] text-left text-sm" aria-label="Import report">
            <thead className="border-b border-slate-300">
              <tr>
                <th className="py-1">Line</th>
                <th>Result</th>
              </tr>
            </thead>
            <tbody>
              {[
                ...report.rejected.map((row) => ({
                  line: row.line,
                  cell: <span className="text-red-700">Rejected: {row.reason}</span>,
                })),
                ...report.duplicates.map((row) => ({
                  line: row.line,
                  cell: (
                    <span>
                      Already here ({row.by === "url" ? "same URL" : "same text"}):{" "}
                      <Link href={`/admin/articles/${row.articleId}`} className="underline">
                        article {row.articleId}
                      </Link>
                    </span>
                  ),
                })),
                ...report.created.map((row) => ({
                  line: row.line,
                  cell: (
                    <span>
                      Created:{" "}
                      <Link href={`/admin/articles/${row.articleId}`} className="underline">
                        {row.title}
                      </Link>
                    </span>
                  ),
                })),
              ]
                .sort((a, b) => a.line - b.line)
                .map((row) => (
                  <tr key={row.line} className="border-b border-slate-100">
                    <td className="py-1 pr-4 tabular-nums">{row.line}</td>
                    <td>{row.cell}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
    </div>
  );
}
