// The explorer table's columns: their keys (the address's `cols=stated,position`), names and default set. No
// imports, so the browser's column chooser can use it without the schemas.
export const EXPLORER_COLUMNS = [
  "stated",
  "holder",
  "position",
  "speaker",
  "attribution",
  "statement",
  "outlet",
] as const;
export type ExplorerColumn = (typeof EXPLORER_COLUMNS)[number];

/** What the table shows when the address names no columns (attribution and outlet then in smaller type). */
export const DEFAULT_EXPLORER_COLUMNS: readonly ExplorerColumn[] = [
  "stated",
  "holder",
  "position",
  "speaker",
  "statement",
];

export const COLUMN_LABELS: Record<ExplorerColumn, string> = {
  stated: "Stated",
  holder: "Whose stance",
  position: "Position",
  speaker: "Speaker",
  attribution: "Attribution",
  statement: "Statement",
  outlet: "Outlet",
};
