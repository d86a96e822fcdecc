// Stances as CSV: the columns of StanceDto in order, a header row, and a UTF-8 byte order mark so that Excel
// reads Hangul and Hanzi as UTF-8 (without it Excel assumes the system code page and shows mojibake).
import { stringify } from "csv-stringify/sync";
import { StanceDto } from "@/lib/api/dtos";

export const STANCE_COLUMNS = Object.keys(StanceDto.shape) as (keyof StanceDto)[];
export const BOM = "\uFEFF";

export function stanceCsvRows(rows: StanceDto[], options: { header: boolean }): string {
  return stringify(rows, { header: options.header, columns: STANCE_COLUMNS, record_delimiter: "\r\n", cast: { boolean: (value) => String(value) } });
}

export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8; header=present";
