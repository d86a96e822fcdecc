// npm run bench:pages — throughput of the public pages against /robots.txt on the same production server (the
// cheapest answer it gives, so the ratio says how close a page comes to free): each path is requested by
// --concurrency clients for --seconds or --requests requests, whichever ends first, after a warm-up. Loopback only.
// Goal: ≥ 0.5 for /, a country page, a quote page, /explore without filters and a person page. Each line also
// shows the Cache-Control the page was served with, so a page that fell out of the cache shows as `private`.
// The client is node:http on kept-alive connections, reading and dropping each body, so that its own cost (the same
// machine's cores) weighs little on big pages; without --gzip it asks for no compression (a CDN or reverse proxy in
// front compresses a cached page once), with it each answer is compressed by the app, per request.
//   EMBEDDED_PG_DIR=/tmp/bench/pg EMBEDDED_PG_PORT=54391 npm run bench:pages -- [--seconds 10] [--concurrency 8]
//     [--gzip]
import http from "node:http";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createPrismaClient } from "@/lib/database/client";
import { startBenchApp, type BenchApp } from "./lib/bench-app";
import { runScript } from "./lib/run-script";

const args = z
  .object({
    seconds: z.coerce.number().min(1).max(120).default(10),
    requests: z.coerce.number().int().min(10).max(1_000_000).default(50_000),
    concurrency: z.coerce.number().int().min(1).max(64).default(8),
    gzip: z.boolean().default(false),
  })
  .parse(
    parseArgs({
      options: {
        seconds: { type: "string" },
        requests: { type: "string" },
        concurrency: { type: "string" },
        gzip: { type: "boolean" },
      },
    }).values,
  );

const GOAL = 0.5;

runScript(async () => {
  const app = await startBenchApp();
  try {
    const db = createPrismaClient(app.target.url);
    const quote = await db.quote.findFirstOrThrow({
      where: { status: "published", article: { status: "published" } },
      orderBy: { id: "desc" },
      select: { id: true },
    });
    const [person] = await db.$queryRaw<{ slug: string }[]>`
      SELECT p.slug FROM "Person" p JOIN "Quote" q ON q."speakerId" = p.id
       WHERE p."deletedAt" IS NULL AND q.status = 'published' GROUP BY p.id ORDER BY count(*) DESC LIMIT 1`;
    await db.$disconnect();
    const paths: [string, boolean][] = [
      ["/robots.txt", false],
      ["/", true],
      ["/countries/KR", true],
      [`/quotes/${quote.id}`, true],
      ["/explore", true],
      [`/people/${person.slug}`, true],
      ["/countries", false],
      ["/codebook", false],
    ];
    console.log(
      `${args.concurrency} clients, ${args.seconds} s or ${args.requests} requests per path, ` +
        `${args.gzip ? "gzip asked for" : "no compression asked for"}\n`,
    );
    console.log(`${"path".padEnd(36)} ${"req/s".padStart(8)} ${"ratio".padStart(7)}  goal  Cache-Control`);
    let robots = 0;
    let missed = 0;
    for (const [path, goal] of paths) {
      const { perSecond, cacheControl } = await throughput(app, path);
      if (path === "/robots.txt") robots = perSecond;
      const ratio = perSecond / robots;
      const verdict = !goal ? "    " : ratio >= GOAL ? "met " : "MISS";
      if (goal && ratio < GOAL) missed++;
      console.log(
        `${path.padEnd(36)} ${perSecond.toFixed(1).padStart(8)} ${`${ratio.toFixed(2)}×`.padStart(7)}  ${verdict}  ${cacheControl}`,
      );
    }
    console.log(missed === 0 ? `\nEvery page with a goal reached ≥ ${GOAL}×.` : `\n${missed} page(s) below ${GOAL}×.`);
  } finally {
    agent.destroy();
    await app.stop();
  }
});

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

type Answer = { status: number; cacheControl: string; bytes: number };

/**
 * One GET on a kept-alive connection: status, Cache-Control and body size; the body is read and dropped. A kept-alive
 * connection the server closed meanwhile (its keep-alive timeout, 5 s, passes while a slow first render runs) is
 * retried once on a new one, as Node's documentation advises.
 */
async function get(app: BenchApp, path: string): Promise<Answer> {
  try {
    return await getOnce(app, path);
  } catch (error) {
    if ((error as { reused?: boolean }).reused) return getOnce(app, path);
    throw error;
  }
}

function getOnce(app: BenchApp, path: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      `${app.baseUrl}${path}`,
      { agent, headers: { "accept-encoding": args.gzip ? "gzip" : "identity" } },
      (response) => {
        let bytes = 0;
        response.on("data", (chunk: Buffer) => (bytes += chunk.length));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, cacheControl: response.headers["cache-control"] ?? "", bytes }),
        );
        response.on("error", reject);
      },
    );
    request.on("error", (error) => reject(Object.assign(error, { reused: request.reusedSocket })));
  });
}

async function throughput(app: BenchApp, path: string): Promise<{ perSecond: number; cacheControl: string }> {
  let cacheControl = "";
  const once = async () => {
    const response = await get(app, path);
    if (response.status >= 400) throw new Error(`${path} answered ${response.status}`);
    cacheControl = response.cacheControl || "(none)";
  };
  for (let i = 0; i < args.concurrency; i++) await once(); // warm: the first render fills the cache
  let done = 0;
  const until = performance.now() + args.seconds * 1000;
  const client = async () => {
    while (performance.now() < until && done < args.requests) {
      done++;
      await once();
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: args.concurrency }, client));
  return { perSecond: done / ((performance.now() - started) / 1000), cacheControl };
}
