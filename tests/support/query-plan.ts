// The plan PostgreSQL would use for a row condition, with sequential scans priced out: the demo tables are too small
// for the planner to prefer an index by itself, so this shows whether an index can serve the condition at all
// (without one the plan stays a sequential scan).
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/** EXPLAIN of `SELECT 1 FROM "<table>" x WHERE <condition>` (the condition names the row `x`), as one text. */
export function indexPlan(table: string, condition: Prisma.Sql): Promise<string> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
    const rows = await tx.$queryRaw<{ "QUERY PLAN": string }[]>`
      EXPLAIN SELECT 1 FROM ${Prisma.raw(`"${table}"`)} x WHERE ${condition}`;
    return rows.map((row) => row["QUERY PLAN"]).join("\n");
  });
}
