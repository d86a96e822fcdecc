// Bulk exports of exactly the explorer's current filter: CSV, JSON Lines, Parquet, the CSV's Data Package
// descriptor, and GraphML networks in the style of the Discourse Network Analyzer (two-mode country–position;
// one-mode country congruence). CSV and JSON Lines are written by PostgreSQL in one `COPY … TO STDOUT`
// (stanceExportCopySql) and passed on as they arrive (lib/database/copy-out.ts): one snapshot, no row decoded in
// this process, memory flat at a million rows. Parquet is built from a COPY in PostgreSQL's text format, one row
// group at a time (lib/stances/parquet.ts). The networks are built from counts per country and position.
// Every file says what it was made from (codebook version, filter, day): in its name, in the X-Codebook-Version and
// X-Export-Filter headers, and in GraphML's <desc>. CSV and JSON Lines hold data only, from their first line, so
// readers' defaults read them whole.
import "server-only";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { recordSecurityEvent } from "@/lib/audit/security";
import { BOM, CSV_CONTENT_TYPE } from "@/lib/csv";
import { copyOut } from "@/lib/database/copy-out";
import { stanceDataPackage } from "./datapackage";
import { exportFilename, exportMeta, type ExportMeta } from "./export-meta";
import { stanceParquet } from "./parquet";
import { countNetworkCells, STANCE_EXPORT_COLUMNS, stanceExportCopySql, type NetworkCell } from "./queries";
import { resolveCriteria } from "./criteria";
import type { ExportFormat, StanceCriteria } from "./schemas";

export interface ExportFile {
  stream: ReadableStream<Uint8Array>;
  contentType: string;
  filename: string;
  meta: ExportMeta;
}

export interface ExportOptions {
  /** Start the CSV with a UTF-8 byte order mark (Excel needs it for Hangul and Hanzi; other readers do not). */
  bom?: boolean;
  /** The address the request came to: the Data Package names the CSV's download address on it. */
  site?: string;
}

export async function exportStances(
  user: SessionUser | null,
  criteria: StanceCriteria,
  format: ExportFormat,
  options: ExportOptions = {},
): Promise<ExportFile> {
  assertCan(user, "export.bulk");
  const visibility = "review" as const; // export.bulk is held only by roles that may also see records in review
  // A bad filter fails here, before any byte is sent: the criteria are resolved (unknown codes are a 400) before
  // the COPY starts, and the COPY's connection is taken before the response begins.
  const meta = await exportMeta(criteria);
  const file = await exportFile(visibility, criteria, format, options, meta);
  return {
    ...file,
    stream: byteStream(audited(file.chunks, { userId: user.id, format, filter: meta.filter, rows: file.rows })),
  };
}

/**
 * What a HEAD on the export answers: the headers the download would have, after the same checks (the permission,
 * every parameter resolved, so a bad one is the same 400), without running it: no COPY, no audit row.
 */
export async function describeStanceExport(
  user: SessionUser | null,
  criteria: StanceCriteria,
  format: ExportFormat,
): Promise<Omit<ExportFile, "stream">> {
  assertCan(user, "export.bulk");
  await resolveCriteria(criteria);
  const meta = await exportMeta(criteria);
  return { ...fileKind(format, meta), meta };
}

/** Each format's Content-Type and file name (the filter and the day in it). */
function fileKind(format: ExportFormat, meta: ExportMeta): { contentType: string; filename: string } {
  switch (format) {
    case "csv":
      return { contentType: CSV_CONTENT_TYPE, filename: exportFilename("stances", meta, "csv") };
    case "jsonl":
      return { contentType: "application/x-ndjson; charset=utf-8", filename: exportFilename("stances", meta, "jsonl") };
    case "parquet":
      return { contentType: "application/vnd.apache.parquet", filename: exportFilename("stances", meta, "parquet") };
    case "datapackage":
      return { contentType: "application/json; charset=utf-8", filename: "datapackage.json" };
    case "graphml-two-mode":
    case "graphml-congruence":
      return {
        contentType: "application/graphml+xml; charset=utf-8",
        filename: exportFilename(
          format === "graphml-two-mode" ? "country-position" : "country-congruence",
          meta,
          "graphml",
        ),
      };
  }
}

type Chunk = string | Uint8Array;

/**
 * Every export is an audit row (who, which filter, how many stances), written when the file has been sent or the
 * download stopped or failed (then `complete` is false).
 */
async function* audited(
  chunks: AsyncGenerator<Chunk>,
  what: { userId: string; format: ExportFormat; filter: string; rows: () => number },
): AsyncGenerator<Chunk> {
  let complete = false;
  try {
    yield* chunks;
    complete = true;
  } finally {
    await recordSecurityEvent({
      kind: "export",
      actorId: what.userId,
      subject: what.userId,
      details: { format: what.format, filter: what.filter, rows: what.rows(), complete },
    });
  }
}

async function* copied(stream: ReadableStream<Uint8Array>, first = ""): AsyncGenerator<Chunk> {
  if (first) yield first;
  const reader = stream.getReader();
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) yield chunk.value;
  } finally {
    await reader.cancel().catch(() => {}); // ended early (the client went away): stop the COPY
  }
}

async function exportFile(
  visibility: "review",
  criteria: StanceCriteria,
  format: ExportFormat,
  options: ExportOptions,
  meta: ExportMeta,
): Promise<Omit<ExportFile, "stream"> & { chunks: AsyncGenerator<Chunk>; rows: () => number }> {
  switch (format) {
    case "csv":
    case "jsonl": {
      const copy = await copyOut(await stanceExportCopySql(visibility, criteria, format));
      return {
        ...fileKind(format, meta),
        meta,
        chunks: copied(copy.stream, format === "csv" && options.bom ? BOM : ""),
        rows: copy.rows,
      };
    }
    case "parquet": {
      const copy = await copyOut(await stanceExportCopySql(visibility, criteria, "text"));
      return {
        ...fileKind(format, meta),
        meta,
        chunks: stanceParquet(copied(copy.stream) as AsyncIterable<Uint8Array>, STANCE_EXPORT_COLUMNS, {
          codebookVersion: meta.codebookVersion,
          filter: meta.filter,
          generatedAt: meta.generatedAt,
        }),
        rows: copy.rows,
      };
    }
    case "datapackage": {
      const descriptor = await stanceDataPackage(criteria, meta, options.site ?? "");
      return {
        ...fileKind(format, meta),
        meta,
        chunks: (async function* () {
          yield JSON.stringify(descriptor, null, 2) + "\n";
        })(),
        rows: () => descriptor.resources[0].rowCount,
      };
    }
    case "graphml-two-mode":
    case "graphml-congruence": {
      const twoMode = format === "graphml-two-mode";
      const cells = await countNetworkCells(visibility, criteria);
      const rows = cells.reduce((sum, cell) => sum + cell.count, 0);
      const network = toNetwork(cells);
      return {
        ...fileKind(format, meta),
        meta,
        chunks: (async function* () {
          yield twoMode ? twoModeGraphml(network, meta) : congruenceGraphml(network, meta);
        })(),
        rows: () => rows,
      };
    }
  }
}

function byteStream(chunks: AsyncGenerator<Chunk>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      const { value, done } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(typeof value === "string" ? encoder.encode(value) : value);
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

interface Network {
  countries: Map<string, string>;
  positions: Map<string, { dimension: string; label: string }>;
  /** country → position ("dimension:position") → number of statements */
  counts: Map<string, Map<string, number>>;
}

function toNetwork(cells: NetworkCell[]): Network {
  const network: Network = { countries: new Map(), positions: new Map(), counts: new Map() };
  for (const cell of cells) {
    const position = `${cell.dimension}:${cell.position}`;
    network.countries.set(cell.holderCountry, cell.holderCountryName);
    network.positions.set(position, { dimension: cell.dimension, label: cell.positionLabel });
    const byPosition = network.counts.get(cell.holderCountry) ?? new Map<string, number>();
    byPosition.set(position, (byPosition.get(position) ?? 0) + cell.count);
    network.counts.set(cell.holderCountry, byPosition);
  }
  return network;
}

const xml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function graphmlHead(meta: ExportMeta, description: string, directed: boolean): string {
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`,
    `  <desc>${xml(description)} Codebook ${meta.codebookVersion}; filter ${xml(meta.filter || "(none)")}; generated ${meta.generatedAt}.</desc>`,
    `  <key id="codebookVersion" for="graph" attr.name="codebookVersion" attr.type="string"/>`,
    `  <key id="filter" for="graph" attr.name="filter" attr.type="string"/>`,
    `  <key id="label" for="node" attr.name="label" attr.type="string"/>`,
    // igraph's bipartite functions want a boolean `type` (false: country, true: position); `kind` says it in words.
    `  <key id="type" for="node" attr.name="type" attr.type="boolean"/>`,
    `  <key id="kind" for="node" attr.name="kind" attr.type="string"/>`,
    `  <key id="dimension" for="node" attr.name="dimension" attr.type="string"/>`,
    `  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>`,
    `  <graph id="G" edgedefault="${directed ? "directed" : "undirected"}">`,
    `    <data key="codebookVersion">${meta.codebookVersion}</data>`,
    `    <data key="filter">${xml(meta.filter)}</data>`,
  ].join("\n");
}

const countryNode = (code: string, name: string) =>
  `    <node id="country:${xml(code)}"><data key="label">${xml(name)}</data><data key="type">false</data><data key="kind">country</data></node>`;

/** Two-mode: countries and positions; an edge's weight is the number of statements of that country coded so. */
function twoModeGraphml(network: Network, meta: ExportMeta): string {
  const lines = [
    graphmlHead(
      meta,
      "Two-mode network: countries and the positions they hold; edge weight = number of statements.",
      false,
    ),
  ];
  for (const [code, name] of [...network.countries].sort()) lines.push(countryNode(code, name));
  for (const [key, position] of [...network.positions].sort()) {
    lines.push(
      `    <node id="position:${xml(key)}"><data key="label">${xml(position.label)}</data><data key="type">true</data><data key="kind">position</data><data key="dimension">${xml(position.dimension)}</data></node>`,
    );
  }
  let edge = 0;
  for (const [code, byPosition] of [...network.counts].sort(([a], [b]) => a.localeCompare(b))) {
    for (const [key, count] of [...byPosition].sort()) {
      lines.push(
        `    <edge id="e${edge++}" source="country:${xml(code)}" target="position:${xml(key)}"><data key="weight">${count}</data></edge>`,
      );
    }
  }
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}

/** One-mode congruence: countries linked by the number of positions both hold in the filtered period. */
function congruenceGraphml(network: Network, meta: ExportMeta): string {
  const lines = [
    graphmlHead(
      meta,
      "Congruence network: countries linked by shared positions; edge weight = number of positions both hold.",
      false,
    ),
  ];
  const countries = [...network.countries].sort(([a], [b]) => a.localeCompare(b));
  for (const [code, name] of countries) lines.push(countryNode(code, name));
  const codes = countries.map(([code]) => code);
  const heldBy = (code: string) => network.counts.get(code) ?? new Map<string, number>();
  let edge = 0;
  for (let i = 0; i < codes.length; i++) {
    const held = heldBy(codes[i]);
    for (let j = i + 1; j < codes.length; j++) {
      const shared = [...heldBy(codes[j]).keys()].filter((key) => held.has(key)).length;
      if (shared > 0)
        lines.push(
          `    <edge id="e${edge++}" source="country:${xml(codes[i])}" target="country:${xml(codes[j])}"><data key="weight">${shared}</data></edge>`,
        );
    }
  }
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}
