// One table of agreement: per variable, the measure, its value with the 95 % bootstrap interval, and the units it
// rests on. The admin page links each disagreement count to the units behind it; the public page shows numbers only.
import Link from "next/link";
import type { VariableAgreement } from "@/lib/agreement/summary";

const number = (value: number | null) => (value === null ? "—" : value.toFixed(3));

export function AgreementTable({
  caption,
  rows,
  variables,
  drillDown,
}: {
  caption: string;
  rows: VariableAgreement[];
  variables: { key: string; label: string }[];
  /** The disagreements page of a variable, on the admin page only. */
  drillDown?: (variable: string) => string;
}) {
  if (rows.length === 0) return null;
  const labelOf = (key: string) => variables.find((variable) => variable.key === key)?.label ?? key;
  return (
    <table className="mt-3 w-full text-left text-sm">
      <caption className="text-left font-medium">{caption}</caption>
      <thead className="border-b border-slate-300">
        <tr>
          <th className="py-2">Variable</th>
          <th>Measure</th>
          <th>Value</th>
          <th>95 % interval</th>
          <th>Units</th>
          <th>Differ</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.variable} className="border-b border-slate-100" data-testid={`agreement-${row.variable}`}>
            <td className="py-1.5">{labelOf(row.variable)}</td>
            <td>{row.measure === "alpha" ? "Krippendorff's α (nominal)" : "span-overlap F1"}</td>
            <td data-testid="agreement-value">
              {number(row.value)}
              {row.value === null && row.measure === "alpha" ? " (no variation)" : ""}
            </td>
            <td>{row.interval ? `${number(row.interval.lower)} – ${number(row.interval.upper)}` : "—"}</td>
            <td>{row.units}</td>
            <td>
              {drillDown && row.disagreements > 0 ? (
                <Link href={drillDown(row.variable)} className="underline">
                  {row.disagreements}
                </Link>
              ) : (
                row.disagreements
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
