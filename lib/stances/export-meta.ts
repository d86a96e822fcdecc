// What an export was made from (codebook version, filter, day), shared by every format and by the Data Package
// that describes the CSV: in the file's name, its HTTP headers, and inside the formats that have room for it.
import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import type { StanceCriteria } from "./schemas";

/** What a file was made from: in its name, its HTTP headers, and inside the formats that have room for it. */
export interface ExportMeta {
  codebookVersion: string;
  filter: string;
  generatedAt: string;
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

export async function exportMeta(criteria: StanceCriteria): Promise<ExportMeta> {
  return {
    codebookVersion: await codebookVersion(),
    filter: describeFilter(criteria),
    generatedAt: new Date().toISOString(),
  };
}

/** `stances_holderCountry-KR_dimension-instrument_2026-11-30.csv`: the filter and the day, in characters any file system keeps. */
export function exportFilename(kind: string, meta: ExportMeta, extension: string): string {
  const filter = [...new URLSearchParams(meta.filter)]
    .map(([key, value]) => `${key}-${value}`.replace(/[^A-Za-z0-9.-]+/g, "-"))
    .join("_")
    .slice(0, 120);
  return `${kind}_${filter || "all"}_${meta.generatedAt.slice(0, 10)}.${extension}`;
}
