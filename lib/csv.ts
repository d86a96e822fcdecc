// CSV fields as every export of the app writes them: RFC 4180 with CRLF records (a field is quoted when it holds a
// quote, comma, CR or LF; quotes are doubled; null is empty), and formula-safe: a text cell starting with =, +, -,
// @, tab or CR (or their full-width forms) gets a leading `'`, so a spreadsheet shows it as text instead of running
// it (OWASP "CSV injection"; csv-stringify's `escape_formulas`). A UTF-8 byte order mark only on request: Excel needs
// it to read Hangul and Hanzi as UTF-8, while other readers take it as part of the first column's name.

export const BOM = "\uFEFF";
export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8; header=present";

const NEEDS_QUOTES = /[",\r\n]/;
/** The first characters a spreadsheet reads as the start of a formula; the same class is in the SQL writer. */
export const FORMULA_START = /^[-=+@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function csvField(value: unknown): string {
  if (value === null || value === undefined) return "";
  let text = typeof value === "string" ? value : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
