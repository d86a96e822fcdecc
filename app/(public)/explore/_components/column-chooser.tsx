"use client";
// Which columns the explorer's table shows: a checkbox per column, applied at once by putting `cols` into the
// address (so a view with its columns is a plain URL to save or share). Needs JavaScript; without it the table
// keeps its default columns, and a `cols` address still works.
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import {
  COLUMN_LABELS,
  DEFAULT_EXPLORER_COLUMNS,
  EXPLORER_COLUMNS,
  type ExplorerColumn,
} from "@/lib/stances/explorer-columns";

export function ColumnChooser({ shown }: { shown: readonly ExplorerColumn[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  const toggle = (column: ExplorerColumn, on: boolean) => {
    const next = EXPLORER_COLUMNS.filter((key) => (key === column ? on : shown.includes(key)));
    if (next.length === 0) return;
    // The address as it is now (not useSearchParams: the unfiltered explorer is a cached page).
    const params = new URLSearchParams(window.location.search);
    params.delete("cursor");
    const isDefault =
      next.length === DEFAULT_EXPLORER_COLUMNS.length && next.every((key) => DEFAULT_EXPLORER_COLUMNS.includes(key));
    if (isDefault) params.delete("cols");
    else params.set("cols", next.join(","));
    startTransition(() => router.push(`${window.location.pathname}?${params}`, { scroll: false }));
  };

  return (
    <details className="text-sm">
      <summary className="cursor-pointer underline">Columns</summary>
      <fieldset className="mt-2 flex flex-wrap gap-x-4 gap-y-1" aria-busy={pending || undefined}>
        <legend className="sr-only">Columns of the table</legend>
        {EXPLORER_COLUMNS.map((column) => (
          <label key={column} className="flex items-center gap-1.5">
            <input
              type="checkbox"
              checked={shown.includes(column)}
              // The last column cannot go: a table needs one.
              disabled={shown.length === 1 && shown.includes(column)}
              onChange={(event) => toggle(column, event.target.checked)}
            />
            {COLUMN_LABELS[column]}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
