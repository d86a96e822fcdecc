// Stances as CSV: the columns of StanceDto in order, the header row first (what pandas, readr and read.csv expect
// by default). A UTF-8 byte order mark only on request (`?bom=1`): Excel needs it to read Hangul and Hanzi as UTF-8,
// while other readers take it as part of the first column's name.
// Fields go through lib/csv.ts (RFC 4180, formula-safe), written by hand because the export writes a million rows:
// what csv-stringify writes with `quote_record_delimiter`, several times faster (tests/unit/stance-csv.test.ts compares the two). csv-stringify's defaults, used
// before, left a field with a lone line break unquoted, which split that record for every CSV reader.
import { csvField } from "@/lib/csv";
import { StanceDto } from "./dto";

export const STANCE_COLUMNS = Object.keys(StanceDto.shape) as (keyof StanceDto)[];

/** Columns whose values can never need quotes (numbers, YYYY-MM-DD days, enum values): written as they are. */
export const PLAIN_COLUMNS: ReadonlySet<keyof StanceDto> = new Set([
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
  "updatedAt",
]);
const WRITERS = STANCE_COLUMNS.map((column) =>
  PLAIN_COLUMNS.has(column) ? (row: StanceDto) => String(row[column] ?? "") : (row: StanceDto) => csvField(row[column]),
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
