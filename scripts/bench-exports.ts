// npm run bench:exports — the bulk exports (CSV and JSON Lines, everything and one filter) through HTTP against the
// production build (`npm run build` first), next to PostgreSQL's own COPY of the same rows to a client that drops
// them (what `\copy … TO '/dev/null'` measures), with the ratio and the app's peak resident memory per export.
//   EMBEDDED_PG_DIR=/tmp/bench/pg EMBEDDED_PG_PORT=54391 npm run bench:exports -- [--runs 3] [--only parquet,csv]
// Targets at 1M stance rows: HTTP ≤ 1.5× COPY, peak RSS < 300 MB.
import { parseArgs } from "node:util";
import { z } from "zod";
import { startBenchApp } from "./lib/bench-app";
import { EXPORT_CASES, measureExports } from "./lib/export-bench";
import { runScript } from "./lib/run-script";

const args = z
  .object({
    runs: z.coerce.number().int().min(1).max(20).default(3),
    only: z
      .string()
      .optional()
      .transform((list) => list?.split(",").filter(Boolean)),
  })
  .parse(parseArgs({ options: { runs: { type: "string" }, only: { type: "string" } } }).values);

runScript(async () => {
  const app = await startBenchApp();
  try {
    const { rows } = await app.sql.query<{ n: string }>(`SELECT count(*) AS n FROM "StanceRead"`);
    console.log(
      `${Number(rows[0].n).toLocaleString("en")} stance rows; ${app.target.describe}; median of ${args.runs} runs`,
    );
    const only = args.only;
    await measureExports(app, args.runs, only ? EXPORT_CASES.filter((c) => only.includes(c.format)) : EXPORT_CASES);
  } finally {
    await app.stop();
  }
});
