// The bulk exports timed through HTTP against the production build, next to PostgreSQL writing the same rows
// with COPY to a client that only counts the bytes (what psql's `\copy … TO '/dev/null'` does): the ratio is what
// the app adds to PostgreSQL's own export. The app's peak resident memory is measured per export (Linux: VmHWM,
// reset through /proc/<pid>/clear_refs before each). Used by `npm run bench:exports` and `npm run bench -- --export`.
import fs from "node:fs";
import http from "node:http";
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { to as copyTo } from "pg-copy-streams";
import { createPrismaClient } from "@/lib/database/client";
import type { StanceCriteria } from "@/lib/stances/schemas";
import type { BenchApp } from "./bench-app";

export interface ExportCase {
  /** Parquet is timed next to the COPY it is built from (PostgreSQL's text format). */
  format: "csv" | "jsonl" | "parquet";
  /** The export's query string besides `format`. */
  filter: string;
  /**
   * Accept-Encoding. identity: as curl, R and pandas download by default; gzip: as browsers do, which makes the
   * app compress the file on the fly (Next's compression), at the app's CPU cost.
   */
  encoding: "identity" | "gzip";
}

export const EXPORT_CASES: ExportCase[] = [
  { format: "csv", filter: "", encoding: "identity" },
  { format: "jsonl", filter: "", encoding: "identity" },
  { format: "csv", filter: "holderCountry=KR&dimension=instrument", encoding: "identity" },
  { format: "csv", filter: "", encoding: "gzip" },
  { format: "parquet", filter: "", encoding: "identity" },
];

export interface ExportResult extends ExportCase {
  httpSeconds: number;
  copySeconds: number;
  megabytes: number;
  /** The app's peak resident memory during the HTTP export, in MB (null off Linux). */
  peakRssMb: number | null;
  /** The app's resident memory before the export, in MB. */
  rssBeforeMb: number | null;
}

/** Times each case `runs` times (HTTP and COPY alternating) and prints one line per case with medians. */
export async function measureExports(app: BenchApp, runs: number, cases = EXPORT_CASES): Promise<ExportResult[]> {
  const db = createPrismaClient(app.target.url);
  // lib/ reads through the app's one client (lib/db.ts): here, this script's.
  (globalThis as unknown as { prisma: unknown }).prisma = db;
  const { createApiToken } = await import("@/lib/api-tokens/mutations");
  const { stanceExportCopySql } = await import("@/lib/stances/queries");
  const email = `bench-${Date.now()}@example.org`;
  const user = await db.user.create({ data: { email, role: "researcher" } });
  const { token } = await createApiToken({ id: user.id, email, name: null, role: "researcher" }, { name: "bench" });
  const results: ExportResult[] = [];
  console.log(
    `\n${"export".padEnd(52)} ${"HTTP".padStart(8)} ${"COPY".padStart(8)} ${"ratio".padStart(6)} ${"MB".padStart(6)} ${"RSS before".padStart(10)} ${"peak RSS".padStart(9)}`,
  );
  try {
    for (const exportCase of cases) {
      const criteria = Object.fromEntries(new URLSearchParams(exportCase.filter)) as StanceCriteria;
      const copySql = await stanceExportCopySql(
        "review",
        criteria,
        exportCase.format === "parquet" ? "text" : exportCase.format,
      );
      const http: number[] = [];
      const copy: number[] = [];
      let bytes = 0;
      let peak: number | null = null;
      let before: number | null = null;
      for (let run = 0; run < runs; run++) {
        resetPeakRss(app);
        before ??= app.peakRss();
        const started = performance.now();
        bytes = await download(app, token, exportCase);
        http.push((performance.now() - started) / 1000);
        const rss = app.peakRss();
        if (rss !== null) peak = Math.max(peak ?? 0, rss);
        copy.push(await copyToNowhere(app, copySql));
      }
      const result: ExportResult = {
        ...exportCase,
        httpSeconds: median(http),
        copySeconds: median(copy),
        megabytes: bytes / 1e6,
        peakRssMb: peak === null ? null : peak / 1e6,
        rssBeforeMb: before === null ? null : before / 1e6,
      };
      results.push(result);
      const label = `${exportCase.format}, ${exportCase.filter || "everything"}${exportCase.encoding === "gzip" ? ", gzip" : ""}`;
      console.log(
        `${label.padEnd(52)} ${`${result.httpSeconds.toFixed(2)} s`.padStart(8)} ${`${result.copySeconds.toFixed(2)} s`.padStart(8)} ${`${(result.httpSeconds / result.copySeconds).toFixed(2)}×`.padStart(6)} ${result.megabytes.toFixed(0).padStart(6)} ${mb(result.rssBeforeMb).padStart(10)} ${mb(result.peakRssMb).padStart(9)}`,
      );
    }
  } finally {
    await db.apiToken.updateMany({ where: { userId: user.id }, data: { revokedAt: new Date() } });
    await db.$disconnect();
  }
  return results;
}

/**
 * Bytes as the app sent them. node:http, not fetch: fetch would gunzip a gzip answer in this process, on the same
 * two cores as the app, and time the bench's own decompression (a browser decompresses on the reader's machine).
 */
function download(app: BenchApp, token: string, exportCase: ExportCase): Promise<number> {
  const query = `format=${exportCase.format}${exportCase.filter ? `&${exportCase.filter}` : ""}`;
  return new Promise((resolve, reject) => {
    const request = http.get(
      `${app.baseUrl}/api/v1/stances/export?${query}`,
      { headers: { authorization: `Bearer ${token}`, "accept-encoding": exportCase.encoding } },
      (response) => {
        if (response.statusCode !== 200) {
          response.resume();
          reject(new Error(`The export answered ${response.statusCode}.`));
          return;
        }
        let bytes = 0;
        response.on("data", (chunk: Buffer) => (bytes += chunk.byteLength));
        response.on("end", () => (response.complete ? resolve(bytes) : reject(new Error("The export was cut off."))));
        response.on("error", reject);
      },
    );
    request.on("error", reject);
  });
}

/** PostgreSQL's own export of the same rows: the COPY, its bytes counted and dropped. Seconds. */
async function copyToNowhere(app: BenchApp, copySql: string): Promise<number> {
  const started = performance.now();
  const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
  await pipeline(app.sql.query(copyTo(copySql)), sink);
  return (performance.now() - started) / 1000;
}

/** Linux: writing 5 to clear_refs resets the process's peak resident set size (VmHWM) to its current size. */
function resetPeakRss(app: BenchApp) {
  try {
    fs.writeFileSync(`/proc/${app.pid}/clear_refs`, "5");
  } catch {
    // not Linux, or not allowed: the peak then covers the process's life so far
  }
}

const mb = (value: number | null) => (value === null ? "n/a" : `${value.toFixed(0)} MB`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
