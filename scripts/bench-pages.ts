// npm run bench:pages — throughput of the public pages against /robots.txt on the same production server (the
// cheapest answer it gives, so the ratio says how close a page comes to free): each path is requested by
// --concurrency clients for --seconds, after a warm-up. Goal: ≥ 0.5 for /, a country page, a quote page and /explore.
//   EMBEDDED_PG_DIR=/tmp/bench/pg EMBEDDED_PG_PORT=54391 npm run bench:pages -- [--seconds 10] [--concurrency 8]
import { parseArgs } from "node:util";
import { z } from "zod";
import { createPrismaClient } from "@/lib/database/client";
import { startBenchApp, type BenchApp } from "./lib/bench-app";
import { runScript } from "./lib/run-script";

const args = z
  .object({
    seconds: z.coerce.number().min(1).max(120).default(10),
    concurrency: z.coerce.number().int().min(1).max(64).default(8),
  })
  .parse(parseArgs({ options: { seconds: { type: "string" }, concurrency: { type: "string" } } }).values);

runScript(async () => {
  const app = await startBenchApp();
  try {
    const db = createPrismaClient(app.target.url);
    const quote = await db.quote.findFirstOrThrow({
      where: { status: "published", article: { status: "published" } },
      orderBy: { id: "desc" },
      select: { id: true },
    });
    await db.$disconnect();
    const paths = ["/robots.txt", "/", "/countries/KR", `/quotes/${quote.id}`, "/explore", "/countries", "/codebook"];
    const results = new Map<string, number>();
    console.log(`${args.concurrency} clients, ${args.seconds} s per path\n`);
    for (const path of paths) {
      const perSecond = await throughput(app, path);
      results.set(path, perSecond);
      const ratio = path === "/robots.txt" ? "" : `${(perSecond / (results.get("/robots.txt") ?? 1)).toFixed(2)}×`;
      console.log(`${path.padEnd(28)} ${perSecond.toFixed(1).padStart(8)} req/s ${ratio.padStart(8)}`);
    }
  } finally {
    await app.stop();
  }
});

async function throughput(app: BenchApp, path: string): Promise<number> {
  const get = async () => {
    const response = await fetch(`${app.baseUrl}${path}`, { redirect: "manual" });
    await response.arrayBuffer();
    if (response.status >= 400) throw new Error(`${path} answered ${response.status}`);
  };
  for (let i = 0; i < args.concurrency; i++) await get(); // warm: the first render fills the cache
  let done = 0;
  const until = performance.now() + args.seconds * 1000;
  const client = async () => {
    while (performance.now() < until) {
      await get();
      done++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: args.concurrency }, client));
  return done / ((performance.now() - started) / 1000);
}
