// Stances as CSV: the columns of StanceDto in order, the header row first (what pandas, readr and read.csv expect
// by default). A UTF-8 byte order mark only on request (`?bom=1`): Excel needs it to read Hangul and Hanzi as UTF-8,
// while other readers take it as part of the first column's name.
// Formula-safe: a text cell starting with =, +, -, @, tab or CR (or their full-width forms) gets a leading `'`, so
// a spreadsheet shows it as text instead of running it (OWASP "CSV injection"; csv-stringify's `escape_formulas`).
// RFC 4180 with CRLF records, written by hand because the export writes a million rows: what csv-stringify writes
// with `quote_record_delimiter` (a field is quoted when it holds a quote, comma, CR or LF; quotes are doubled; null
// is empty), several times faster (tests/unit/stance-csv.test.ts compares the two). csv-stringify's defaults, used
// before, left a field with a lone line break unquoted, which split that record for every CSV reader.
import { StanceDto } from "@/lib/api/dtos";

export const STANCE_COLUMNS = Object.keys(StanceDto.shape) as (keyof StanceDto)[];
export const BOM = "\uFEFF";

const NEEDS_QUOTES = /[",\r\n]/;
/** The first characters a spreadsheet reads as the start of a formula; the same class is in the SQL writer. */
export const FORMULA_START = /^[-=+@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function csvField(value: unknown): string {
  if (value === null || value === undefined) return "";
  let text = typeof value === "string" ? value : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

// Columns whose values can never need quotes (numbers, YYYY-MM-DD days, enum values) are written as they are.
const PLAIN: ReadonlySet<keyof StanceDto> = new Set([
  "id",
  "status",
  "statedOn",
  "attribution",
  "quoteId",
  "articleId",
  "articlePublishedOn",
  "outletId",
  "statementId",
  "statedOnPrecision",
  "statedOnReported",
  "speakerKind",
  "strength",
]);
const WRITERS = STANCE_COLUMNS.map((column) =>
  PLAIN.has(column) ? (row: StanceDto) => String(row[column] ?? "") : (row: StanceDto) => csvField(row[column]),
);

export function stanceCsvRows(rows: StanceDto[], options: { header: boolean }): string {
  const lines: string[] = options.header ? [STANCE_COLUMNS.map(csvField).join(",")] : [];
  const fields: string[] = new Array(WRITERS.length);
  for (const row of rows) {
    for (let i = 0; i < WRITERS.length; i++) fields[i] = WRITERS[i](row);
    lines.push(fields.join(","));
  }
  return lines.length ? lines.join("\r\n") + "\r\n" : "";
}

export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8; header=present";
