// The double-coded units for researchers, so anyone can recompute the agreement: one record per unit with both
// codings, coders by pseudonym ("C1"), as CSV or JSON Lines. `code_a`/`code_b` number each variable's categories
// (1, 2, … in order of first appearance) for tools that want numbers (irr::kripp.alpha, Python's krippendorff).
// Span agreement is not in it: its units are articles, and the F1 follows from the quotes each coder marked.
import "server-only";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { csvField } from "@/lib/csv";
import { loadCompleteCodings } from "./load";
import { reliabilityUnits, type DoubleCodedArticle, type ReliabilityUnitRow } from "./units";
import { toIsoDay } from "@/lib/dates";

export const EXPORT_COLUMNS = [
  "variable",
  "unit",
  "article_id",
  "quarter",
  "coder_a",
  "coder_b",
  "about",
  "value_a",
  "value_b",
  "code_a",
  "code_b",
] as const;

export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string | number>;

export interface AgreementExport {
  body: string;
  contentType: string;
  filename: string;
}

export async function exportAgreementUnits(
  actor: SessionUser | null,
  format: "csv" | "jsonl",
): Promise<AgreementExport> {
  assertCan(actor, "export.bulk");
  const { articles, pseudonyms } = await loadCompleteCodings();
  const coders = new Map(
    articles.map((article) => [
      article.codingId,
      { a: pseudonyms.get(article.coderAId) ?? "?", b: pseudonyms.get(article.coderBId) ?? "?" },
    ]),
  );
  const rows = exportRows(reliabilityUnits(articles).units, coders);
  return { body: format === "csv" ? toCsv(rows) : toJsonLines(rows), ...agreementFileKind(format) };
}

/** What a HEAD on the export answers: the download's type and name, after the same permission check, unbuilt. */
export async function describeAgreementUnits(
  actor: SessionUser | null,
  format: "csv" | "jsonl",
): Promise<Omit<AgreementExport, "body">> {
  assertCan(actor, "export.bulk");
  return agreementFileKind(format);
}

function agreementFileKind(format: "csv" | "jsonl"): Omit<AgreementExport, "body"> {
  const day = toIsoDay(new Date());
  return format === "csv"
    ? { contentType: "text/csv; charset=utf-8", filename: `agreement-units-${day}.csv` }
    : { contentType: "application/x-ndjson", filename: `agreement-units-${day}.jsonl` };
}

/** Pure: units with their coders' pseudonyms and per-variable category codes. */
export function exportRows(
  units: readonly ReliabilityUnitRow[],
  coders: ReadonlyMap<DoubleCodedArticle["codingId"], { a: string; b: string }>,
): ExportRow[] {
  const codes = new Map<string, Map<string, number>>();
  const codeOf = (variable: string, value: string) => {
    const table = codes.get(variable) ?? new Map<string, number>();
    codes.set(variable, table);
    if (!table.has(value)) table.set(value, table.size + 1);
    return table.get(value) ?? 0;
  };
  return units.map((unit) => {
    const pair = coders.get(unit.codingId) ?? { a: "?", b: "?" };
    return {
      variable: unit.variable,
      unit: [unit.codingId, unit.quoteA, unit.quoteB, unit.about].filter((part) => part !== "").join("/"),
      article_id: unit.articleId,
      quarter: unit.quarter,
      coder_a: pair.a,
      coder_b: pair.b,
      about: unit.about,
      value_a: unit.a,
      value_b: unit.b,
      code_a: codeOf(unit.variable, unit.a),
      code_b: codeOf(unit.variable, unit.b),
    };
  });
}

export function toCsv(rows: readonly ExportRow[]): string {
  const lines = [EXPORT_COLUMNS.join(","), ...rows.map((row) => EXPORT_COLUMNS.map((c) => csvField(row[c])).join(","))];
  return `${lines.join("\r\n")}\r\n`;
}

export function toJsonLines(rows: readonly ExportRow[]): string {
  return rows.map((row) => `${JSON.stringify(row)}\n`).join("");
}
