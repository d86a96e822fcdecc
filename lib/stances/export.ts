// Bulk exports of exactly the explorer's current filter: CSV, JSON Lines, and GraphML networks in the style of the
// Discourse Network Analyzer (two-mode country–position; one-mode country congruence). Each streams: rows come in
// keyset-paginated batches (streamStances; the CSV as text from streamStanceCsv) and leave as they come, so memory
// stays flat at a million rows; the networks keep only their country × position counts. Each file names the codebook version and the filter it was
// made from, so a figure in a paper can be traced back to the data behind it.
import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import type { StanceDto } from "@/lib/api/dtos";
import { BOM, stanceCsvRows } from "./csv";
import { streamStanceCsv, streamStances } from "./queries";
import type { ExportFormat, StanceCriteria } from "./schemas";

export interface ExportFile {
  stream: ReadableStream<Uint8Array>;
  contentType: string;
  filename: string;
}

/** A short hash of every dimension and position key with its last change: equal versions coded alike. */
export async function codebookVersion(): Promise<string> {
  const positions = await db.position.findMany({
    orderBy: { id: "asc" },
    select: {
      key: true,
      retired: true,
      updatedAt: true,
      dimension: { select: { key: true, retired: true, updatedAt: true } },
    },
  });
  const text = positions
    .map(
      (p) =>
        `${p.dimension.key}:${p.dimension.retired}:${p.dimension.updatedAt.toISOString()}/${p.key}:${p.retired}:${p.updatedAt.toISOString()}`,
    )
    .join("\n");
  return crypto.createHash("sha256").update(text).digest("hex").slice(0, 12);
}

/** The filter as a query string in a fixed order: what the file says it was made from. */
export function describeFilter(criteria: StanceCriteria): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(criteria).sort(([a], [b]) => a.localeCompare(b)))
    if (value !== undefined) params.set(key, String(value));
  return params.toString();
}

export async function exportStances(
  user: SessionUser | null,
  criteria: StanceCriteria,
  format: ExportFormat,
): Promise<ExportFile> {
  assertCan(user, "export.bulk");
  const visibility = "review" as const; // export.bulk is held only by roles that may also see records in review
  // A bad filter fails here, before any byte is sent. CSV comes written by PostgreSQL (streamStanceCsv); the other
  // formats need the rows.
  if (format === "csv") {
    const csvBatches = await streamStanceCsv(visibility, criteria);
    const meta = await exportMeta(criteria);
    return {
      contentType: "text/csv; charset=utf-8; header=present",
      filename: `stances-${meta.stamp}.csv`,
      stream: textStream(
        (async function* () {
          // Read with comment="#" (R read.csv / pandas) or skip the first line.
          yield `${BOM}# stances export; codebook ${meta.codebookVersion}; filter ${meta.filter || "(none)"}; generated ${meta.generatedAt}\r\n`;
          yield stanceCsvRows([], { header: true });
          yield* csvBatches;
        })(),
      ),
    };
  }
  const batches = await streamStances(visibility, criteria);
  const meta = await exportMeta(criteria);
  if (format === "jsonl")
    return {
      contentType: "application/x-ndjson; charset=utf-8",
      filename: `stances-${meta.stamp}.jsonl`,
      stream: textStream(
        (async function* () {
          yield (
            JSON.stringify({
              meta: { codebookVersion: meta.codebookVersion, filter: meta.filter, generatedAt: meta.generatedAt },
            }) + "\n"
          );
          for await (const rows of batches) yield rows.map((row) => JSON.stringify(row)).join("\n") + "\n";
        })(),
      ),
    };
  const twoMode = format === "graphml-two-mode";
  return {
    contentType: "application/graphml+xml; charset=utf-8",
    filename: `stances-${twoMode ? "country-position" : "country-congruence"}-${meta.stamp}.graphml`,
    stream: textStream(
      (async function* () {
        const network = await collectNetwork(batches);
        yield twoMode ? twoModeGraphml(network, meta) : congruenceGraphml(network, meta);
      })(),
    ),
  };
}

/** What each file says it was made from; `stamp` (the day) names the file. */
async function exportMeta(criteria: StanceCriteria) {
  const generatedAt = new Date().toISOString();
  return {
    codebookVersion: await codebookVersion(),
    filter: describeFilter(criteria),
    generatedAt,
    stamp: generatedAt.slice(0, 10),
  };
}

function textStream(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      const { value, done } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
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

async function collectNetwork(batches: AsyncGenerator<StanceDto[]>): Promise<Network> {
  const network: Network = { countries: new Map(), positions: new Map(), counts: new Map() };
  for await (const rows of batches) {
    for (const row of rows) {
      const position = `${row.dimension}:${row.position}`;
      network.countries.set(row.holderCountry, row.holderCountryName);
      network.positions.set(position, { dimension: row.dimension, label: row.positionLabel });
      const byPosition = network.counts.get(row.holderCountry) ?? new Map<string, number>();
      byPosition.set(position, (byPosition.get(position) ?? 0) + 1);
      network.counts.set(row.holderCountry, byPosition);
    }
  }
  return network;
}

const xml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function graphmlHead(
  meta: { codebookVersion: string; filter: string; generatedAt: string },
  description: string,
  directed: boolean,
): string {
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`,
    `  <desc>${xml(description)} Codebook ${meta.codebookVersion}; filter ${xml(meta.filter || "(none)")}; generated ${meta.generatedAt}.</desc>`,
    `  <key id="codebookVersion" for="graph" attr.name="codebookVersion" attr.type="string"/>`,
    `  <key id="filter" for="graph" attr.name="filter" attr.type="string"/>`,
    `  <key id="label" for="node" attr.name="label" attr.type="string"/>`,
    `  <key id="type" for="node" attr.name="type" attr.type="string"/>`,
    `  <key id="dimension" for="node" attr.name="dimension" attr.type="string"/>`,
    `  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>`,
    `  <graph id="G" edgedefault="${directed ? "directed" : "undirected"}">`,
    `    <data key="codebookVersion">${meta.codebookVersion}</data>`,
    `    <data key="filter">${xml(meta.filter)}</data>`,
  ].join("\n");
}

const countryNode = (code: string, name: string) =>
  `    <node id="country:${xml(code)}"><data key="label">${xml(name)}</data><data key="type">country</data></node>`;

/** Two-mode: countries and positions; an edge's weight is the number of statements of that country coded so. */
function twoModeGraphml(network: Network, meta: Parameters<typeof graphmlHead>[0]): string {
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
      `    <node id="position:${xml(key)}"><data key="label">${xml(position.label)}</data><data key="type">position</data><data key="dimension">${xml(position.dimension)}</data></node>`,
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
function congruenceGraphml(network: Network, meta: Parameters<typeof graphmlHead>[0]): string {
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
