// The stance export as Apache Parquet with typed columns (hyparquet-writer): integers as INT32, days as DATE,
// flags as BOOLEAN, text as UTF-8 strings, each REQUIRED or OPTIONAL as StanceDto says (lib/stances/table-schema.ts).
// pandas, R's arrow, DuckDB and Polars read it with its types, no parsing options needed. Built from COPY's text
// format (tab-separated, the cheapest for PostgreSQL to write and for this process to split: no object per row)
// in row groups of ROW_GROUP rows, each sent as soon as it is written, so memory holds one group whatever the
// export's size. The codebook version and filter are in the file's key-value metadata.
import "server-only";
import { ByteWriter, ParquetWriter } from "hyparquet-writer";
import type { SchemaElement } from "hyparquet";
import type { StanceDto } from "./dto";
import { STANCE_FIELDS, type TableField } from "./table-schema";

// Rows a group: memory against readers' efficiency. A group's values live until it is written; in groups of 2,000
// rows they outlived Node's young generation, and the app's peak RSS rose by ~170 MB per export at 117,800 rows
// (`npm run bench:exports`); in groups of 1,000 it stays flat there (+5 MB). The footer keeps ~620 bytes per column
// chunk until the end (22 MB at 1.18M rows), which is why groups are not smaller still.
const ROW_GROUP = 1_000;
const DAY_MS = 86_400_000;

function schemaElement(field: TableField): SchemaElement {
  const repetition_type = field.required ? "REQUIRED" : "OPTIONAL";
  switch (field.type) {
    case "integer":
      return { name: field.name, type: "INT32", repetition_type };
    case "boolean":
      return { name: field.name, type: "BOOLEAN", repetition_type };
    case "date":
      return { name: field.name, type: "INT32", converted_type: "DATE", repetition_type };
    case "string":
      return { name: field.name, type: "BYTE_ARRAY", converted_type: "UTF8", repetition_type };
  }
}

/** What COPY's text format writes with a backslash, and the character it stands for. */
const ESCAPED: Record<string, string> = { "\\": "\\", n: "\n", r: "\r", t: "\t", b: "\b", f: "\f", v: "\v" };

/** A field of COPY's text format as the Parquet column holds it: days since 1970-01-01 for dates; \N is null. */
function columnValue(type: TableField["type"], raw: string): string | number | boolean | null {
  if (raw === "\\N") return null;
  switch (type) {
    case "integer":
      return Number(raw);
    case "boolean":
      return raw === "t";
    case "date":
      return Date.UTC(Number(raw.slice(0, 4)), Number(raw.slice(5, 7)) - 1, Number(raw.slice(8, 10))) / DAY_MS;
    case "string":
      return raw.includes("\\") ? raw.replace(/\\(.)/g, (_, c: string) => ESCAPED[c] ?? c) : raw;
  }
}

/**
 * Parquet bytes for the rows of a `COPY … TO STDOUT` in text format whose columns are `columns` (the names of
 * StanceDto, in the COPY's order), as each row group is written.
 */
export async function* stanceParquet(
  lines: AsyncIterable<Uint8Array>,
  columns: readonly (keyof StanceDto)[],
  metadata: Record<string, string>,
): AsyncGenerator<Uint8Array> {
  const position = STANCE_FIELDS.map((field) => columns.indexOf(field.name));
  if (position.includes(-1) || columns.length !== STANCE_FIELDS.length)
    throw new Error("The COPY's columns are not StanceDto's.");
  const types = STANCE_FIELDS.map((field) => field.type);
  const writer = new ByteWriter();
  const parquet = new ParquetWriter({
    writer,
    schema: [{ name: "root", num_children: STANCE_FIELDS.length }, ...STANCE_FIELDS.map(schemaElement)],
    kvMetadata: Object.entries(metadata).map(([key, value]) => ({ key, value })),
    createdBy: "stance-tracker",
  });
  // What the writer holds is taken out after each group; `offset` keeps counting, so the file's offsets hold.
  const written = () => {
    const bytes = new Uint8Array(writer.buffer.slice(0, writer.index));
    writer.index = 0;
    return bytes;
  };
  let data = STANCE_FIELDS.map(() => [] as unknown[]);
  let rows = 0;
  const writeGroup = async () => {
    await parquet.write({
      // No min/max statistics (a fifth of the export's time for texts, and footer memory for every chunk) and no
      // offset index: the file is downloaded to be read whole, not queried in place.
      columnData: STANCE_FIELDS.map((field, i) => ({
        name: field.name,
        data: data[i],
        statistics: false,
        offsetIndex: false,
      })),
      rowGroupSize: ROW_GROUP,
    });
    data = STANCE_FIELDS.map(() => []);
    rows = 0;
    return written();
  };
  const decoder = new TextDecoder();
  let partial = "";
  for await (const chunk of lines) {
    const text = partial + decoder.decode(chunk, { stream: true });
    const complete = text.split("\n");
    partial = complete.pop() ?? "";
    for (const line of complete) {
      const fields = line.split("\t");
      for (let i = 0; i < position.length; i++) data[i].push(columnValue(types[i], fields[position[i]]));
      if (++rows === ROW_GROUP) yield await writeGroup();
    }
  }
  if (partial) throw new Error("The rows ended in the middle of a line.");
  if (rows > 0) yield await writeGroup();
  await parquet.finish();
  yield written();
}
