// A Frictionless Data Package (`datapackage.json`, https://specs.frictionlessdata.io/tabular-data-package/) that
// describes the CSV export of the same filter: the table's fields with their types (from StanceDto), the CSV's
// dialect, the row count, the codebook version and filter it was made from, the licence and how to cite it. Its
// resource `path` is the CSV's file name, so the two files side by side in one folder open in any Frictionless
// reader (frictionless-py, frictionless-r); `sources` gives the address the CSV is downloaded from.
import "server-only";
import { exportFilename, type ExportMeta } from "./export-meta";
import { countStanceRows } from "./queries";
import type { StanceCriteria } from "./schemas";
import { STANCE_FIELDS, type TableField } from "./table-schema";

const SITE = "Ending the Korean War — stance tracker";

/** The licence of the coding (stances, positions, attributions). Quoted texts remain their publishers'. */
export const DATA_LICENCE = {
  name: "CC-BY-4.0",
  path: "https://creativecommons.org/licenses/by/4.0/",
  title: "Creative Commons Attribution 4.0",
} as const;

export interface DataPackage {
  profile: "tabular-data-package";
  name: string;
  title: string;
  description: string;
  created: string;
  homepage: string;
  licenses: (typeof DATA_LICENCE)[];
  keywords: string[];
  /** Not in the specification (extra properties are allowed): what the file was made from, and how to cite it. */
  codebookVersion: string;
  filter: string;
  citation: string;
  resources: DataResource[];
}

interface DataResource {
  profile: "tabular-data-resource";
  name: string;
  path: string;
  title: string;
  format: "csv";
  mediatype: "text/csv";
  encoding: "utf-8";
  dialect: { delimiter: ","; doubleQuote: true; lineTerminator: "\n"; quoteChar: '"'; header: true };
  sources: { title: string; path: string }[];
  /** Not in the specification: how many rows the CSV held when this descriptor was made. */
  rowCount: number;
  schema: {
    fields: ({ name: string; type: string; format: "default"; description?: string } & {
      constraints?: { required?: boolean; enum?: readonly string[] };
    })[];
    primaryKey: "id";
    missingValues: [""];
  };
}

/** The descriptor of the CSV export of `criteria`; `site`: the address the request came to (the download address). */
export async function stanceDataPackage(
  criteria: StanceCriteria,
  meta: ExportMeta,
  site: string,
): Promise<DataPackage> {
  const rowCount = await countStanceRows("review", criteria);
  const csvName = exportFilename("stances", meta, "csv");
  const download = `${site}/api/v1/stances/export?${new URLSearchParams({ format: "csv", ...Object.fromEntries(new URLSearchParams(meta.filter)) })}`;
  const day = meta.generatedAt.slice(0, 10);
  const filterText = meta.filter || "none (every stance)";
  return {
    profile: "tabular-data-package",
    name: "stance-tracker-stances",
    title: `${SITE}: stances`,
    description:
      `Coded stances of countries on ending the Korean War, one row per stance, with the quote it was coded from. ` +
      `Filter: ${filterText}. Codebook version ${meta.codebookVersion}. Rows include records in review (status ` +
      `in_review) as well as published ones. Text cells that would start with =, +, -, @, a tab or a carriage return ` +
      `(or their full-width forms) carry a leading apostrophe (') so that spreadsheets do not run them as formulas.`,
    created: meta.generatedAt,
    homepage: site,
    licenses: [DATA_LICENCE],
    keywords: ["Korean War", "end-of-war declaration", "peace treaty", "stances", "content analysis"],
    codebookVersion: meta.codebookVersion,
    filter: meta.filter,
    citation: `${SITE}. Stances (filter: ${filterText}; codebook version ${meta.codebookVersion}). ${download} (retrieved ${day}). Licensed ${DATA_LICENCE.name}.`,
    resources: [
      {
        profile: "tabular-data-resource",
        name: "stances",
        path: csvName,
        title: `Stances, filter: ${filterText}`,
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        dialect: { delimiter: ",", doubleQuote: true, lineTerminator: "\n", quoteChar: '"', header: true },
        sources: [{ title: "CSV export of the read API (token needed)", path: download }],
        rowCount,
        schema: { fields: STANCE_FIELDS.map(tableSchemaField), primaryKey: "id", missingValues: [""] },
      },
    ],
  };
}

function tableSchemaField(field: TableField): DataResource["schema"]["fields"][number] {
  const constraints = {
    ...(field.required ? { required: true } : {}),
    ...(field.values ? { enum: field.values } : {}),
  };
  return {
    name: field.name,
    type: field.type,
    format: "default",
    ...(field.description ? { description: field.description } : {}),
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}
