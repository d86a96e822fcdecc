// A bulk import file cut into rows, each with the line it starts on: JSON Lines (one JSON object a line) or
// CSV with a header row naming the article fields. Pure: rows are validated by the caller with the article
// schema; a row that cannot even be read (bad JSON, a broken CSV quote) comes back as an error here.
import { parse as parseCsv } from "csv-parse/sync";

export type BulkFormat = "jsonl" | "csv";

export type BulkRow = { line: number; fields: Record<string, unknown> } | { line: number; error: string };

export function parseBulk(text: string, format: BulkFormat): BulkRow[] {
  return format === "jsonl" ? parseJsonLines(text) : parseCsvRows(text);
}

/** The format by the file's extension; null when it does not say. */
export function formatOfFile(fileName: string): BulkFormat | null {
  const extension = fileName.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  if (extension === "jsonl" || extension === "ndjson") return "jsonl";
  if (extension === "csv") return "csv";
  return null;
}

function parseJsonLines(text: string): BulkRow[] {
  const rows: BulkRow[] = [];
  text.split(/\r?\n/).forEach((content, index) => {
    const line = index + 1;
    if (content.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(content);
    } catch (error) {
      rows.push({ line, error: `Not valid JSON (${error instanceof Error ? error.message : String(error)})` });
      return;
    }
    if (value === null || typeof value !== "object" || Array.isArray(value))
      rows.push({ line, error: "Each line must be one JSON object" });
    else rows.push({ line, fields: value as Record<string, unknown> });
  });
  return rows;
}

function parseCsvRows(text: string): BulkRow[] {
  const rows: BulkRow[] = [];
  // Line endings become "\n" first: bodies are stored that way anyway, and csv-parse miscounts lines on "\r\n".
  const records = parseCsv(text.replace(/\r\n?/g, "\n"), {
    columns: (header: string[]) => header.map((name) => name.trim()),
    bom: true,
    info: true,
    raw: true,
    skip_empty_lines: true,
    // A broken row is reported and the parse goes on; csv-parse's error names the line it stopped at.
    skip_records_with_error: true,
    on_skip: (error) => {
      if (error) rows.push({ line: Number(error.lines), error: `Not a readable CSV row (${error.message})` });
    },
  }) as unknown as { record: Record<string, string>; info: { lines: number }; raw: string }[];
  for (const { record, info, raw } of records) rows.push({ line: startLine(info.lines, raw), fields: record });
  return rows.sort((a, b) => a.line - b.line);
}

// csv-parse reports the line a record ends on; a quoted field may span lines, and the editor wants the first.
function startLine(endLine: number, raw: string): number {
  const content = raw.replace(/^\n+/, "").replace(/\n$/, "");
  return endLine - (content.match(/\n/g)?.length ?? 0);
}
