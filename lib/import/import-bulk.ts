// Bulk import: every row of a JSON Lines or CSV file validated by the article schema, then created through the
// same insert as a single article (duplicate check and audit event included). The report lists each row's
// fate by line number: created, duplicate (of which article), or rejected (why). Importing the same file twice
// creates nothing the second time: every row is a duplicate.
//
// All or nothing: any rejected row means nothing is imported; otherwise the rows go in one transaction.
// Duplicates are not failures in either mode: they are already in, so they are reported and skipped.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError, isAppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { insertArticle, type DuplicateArticle } from "@/lib/articles/create-article";
import { articleInputSchema, type ArticleInput } from "@/lib/articles/schemas";
import { parseBulk, type BulkFormat } from "@/lib/import/parse-bulk";

// One transaction holds every row in all-or-nothing mode; 1,000 articles is a large batch for this project
// and keeps that transaction (and the report page) a reasonable size.
export const BULK_MAX_ROWS = 1000;

export interface BulkImportOptions {
  format: BulkFormat;
  allOrNothing: boolean;
}

export interface BulkImportReport {
  created: { line: number; articleId: number; title: string }[];
  duplicates: { line: number; articleId: number; by: DuplicateArticle["by"] }[];
  rejected: { line: number; reason: string }[];
  /** False when all-or-nothing refused the file because of rejected rows. */
  imported: boolean;
}

export async function importBulk(
  actor: SessionUser | null,
  text: string,
  options: BulkImportOptions,
): Promise<BulkImportReport> {
  assertCan(actor, "article.import");
  const report: BulkImportReport = { created: [], duplicates: [], rejected: [], imported: true };
  const valid: { line: number; input: ArticleInput }[] = [];
  const rows = parseBulk(text, options.format);
  if (rows.length > BULK_MAX_ROWS) {
    throw new AppError("INVALID_INPUT", `The file has ${rows.length} rows; import at most ${BULK_MAX_ROWS} at a time.`);
  }
  for (const row of rows) {
    if ("error" in row) {
      report.rejected.push({ line: row.line, reason: row.error });
      continue;
    }
    const parsed = articleInputSchema.safeParse(row.fields);
    if (parsed.success) valid.push({ line: row.line, input: parsed.data });
    else report.rejected.push({ line: row.line, reason: describeIssues(parsed.error) });
  }

  if (options.allOrNothing) {
    if (report.rejected.length > 0) return { ...report, imported: false };
    // Large batches take longer than Prisma's default 5 s interactive transaction.
    await db.$transaction(
      async (tx) => {
        for (const row of valid) await importRow(tx, actor, row, report);
      },
      { timeout: 120_000 },
    );
  } else {
    for (const row of valid) await db.$transaction((tx) => importRow(tx, actor, row, report));
  }
  return report;
}

async function importRow(
  tx: Prisma.TransactionClient,
  actor: SessionUser,
  row: { line: number; input: ArticleInput },
  report: BulkImportReport,
) {
  try {
    const article = await insertArticle(tx, actor, row.input);
    report.created.push({ line: row.line, articleId: article.id, title: article.title });
  } catch (error) {
    if (!isAppError(error) || error.code !== "DUPLICATE") throw error;
    const duplicate = error.details.data as DuplicateArticle;
    report.duplicates.push({ line: row.line, ...duplicate });
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");
}
