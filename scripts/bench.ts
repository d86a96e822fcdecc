// npm run bench — times the researcher-facing reads on the database (fill it first with `npm run db:synth`):
// the explorer's query (first page + count + facets), the API's list page (first, filtered and deep pages), and
// the full CSV export (time and peak memory of this process). Prints p50/p95 per measurement. Targets at a
// million stances on 2 cores: explorer p95 < 150 ms, API page p95 < 50 ms, CSV export < 20 s under 300 MB.
// Calls the lib functions the route handlers call (the HTTP layer adds little and needs a running app).
//   DATABASE_URL=postgresql://… npm run bench [-- --runs 30]   (or EMBEDDED_PG_DIR=… for an embedded server)
import { parseArgs } from "node:util";
import { z } from "zod";
import { createPrismaClient } from "@/lib/database/client";
import type { SessionUser } from "@/lib/auth/permissions";
import { withDatabase } from "./lib/database-target";
import { runScript } from "./lib/run-script";

const args = z
  .object({ runs: z.coerce.number().int().min(3).max(1000).default(30), export: z.boolean().default(true) })
  .parse(parseArgs({ options: { runs: { type: "string" }, export: { type: "boolean" } } }).values);

runScript(() =>
  withDatabase(async (target) => {
    // lib/db.ts keeps its client on globalThis; handing it this target's client points every lib read here.
    (globalThis as unknown as { prisma: unknown }).prisma = createPrismaClient(target.url);
    const { listStances, countStanceFacets } = await import("@/lib/stances/queries");
    const { exportStances } = await import("@/lib/stances/export");
    const { db } = await import("@/lib/db");
    const total = await db.stance.count();
    console.log(`${total.toLocaleString("en")} stances in ${target.describe}; ${args.runs} runs each\n`);

    const filtered = { holderCountry: "KR", dimension: "instrument" };
    const deepCursor = await (async () => {
      let page = await listStances("published", { limit: 500 });
      for (let i = 0; i < 20 && page.next; i++)
        page = await listStances("published", { limit: 500, cursor: page.next });
      return page.next ?? undefined;
    })();

    await measure("explorer: first page (50) + count + facets", () =>
      Promise.all([listStances("published", { limit: 50 }), countStanceFacets("published", {})]),
    );
    await measure("explorer: same, holderCountry=KR&dimension=instrument", () =>
      Promise.all([listStances("published", { limit: 50, ...filtered }), countStanceFacets("published", filtered)]),
    );
    await measure("API list page (100)", () => listStances("published", { limit: 100 }));
    await measure("API list page (100), token (published + in review)", () => listStances("review", { limit: 100 }));
    await measure("API list page (100), holderCountry=KR&dimension=instrument", () =>
      listStances("published", { limit: 100, ...filtered }),
    );
    await measure("API list page (100), 10,000 rows deep", () =>
      listStances("published", { limit: 100, cursor: deepCursor }),
    );
    await measure("API list page (100), q=declaration&statedFrom=2021-01-01", () =>
      listStances("published", { limit: 100, q: "declaration", statedFrom: "2021-01-01" }),
    );

    if (args.export) {
      const researcher: SessionUser = { id: "bench", email: "bench@example.org", name: null, role: "researcher" };
      let peak = process.memoryUsage().rss;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
      const started = performance.now();
      const file = await exportStances(researcher, {}, "csv");
      let bytes = 0;
      const reader = file.stream.getReader();
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) bytes += chunk.value.byteLength;
      clearInterval(sampler);
      console.log(
        `CSV export, everything: ${((performance.now() - started) / 1000).toFixed(1)} s, ${(bytes / 1e6).toFixed(0)} MB written, peak RSS ${(peak / 1e6).toFixed(0)} MB`,
      );
    }
    await db.$disconnect();
  }),
);

async function measure(label: string, work: () => Promise<unknown>) {
  await work(); // warm the cache and the plan
  const times: number[] = [];
  for (let run = 0; run < args.runs; run++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)].toFixed(1);
  console.log(`${label.padEnd(62)} p50 ${at(50).padStart(7)} ms   p95 ${at(95).padStart(7)} ms`);
}
