// Bulk import of JSON Lines and CSV: per-row validation with line numbers, all-or-nothing, idempotent re-import.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importBulk } from "@/lib/import/import-bulk";
import type { SessionUser } from "@/lib/auth/permissions";
import { createUser } from "../support/users";

let editor: SessionUser;
beforeAll(async () => {
  editor = await createUser(db, { role: "editor" });
});

const row = (n: number, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    title: `Bulk ${n}`,
    body: `Body of bulk article ${n}.`,
    publishedOn: "2021-11-01",
    outlet: "Hankyoreh",
    url: `https://example.org/bulk/${n}`,
    ...extra,
  });

describe("importBulk (JSON Lines)", () => {
  it("imports the good rows and reports each bad one by line number and reason", async () => {
    const text = [
      row(1),
      row(2, { publishedOn: "yesterday" }),
      "",
      "{not json",
      row(3, { title: "" }),
      "[1,2]",
      row(4),
    ].join("\n");
    const report = await importBulk(editor, text, { format: "jsonl", allOrNothing: false });
    expect(report.created.map((r) => r.line)).toEqual([1, 7]);
    expect(report.rejected).toEqual([
      { line: 2, reason: expect.stringContaining("publishedOn") },
      { line: 4, reason: expect.stringContaining("Not valid JSON") },
      { line: 5, reason: expect.stringContaining("title") },
      { line: 6, reason: "Each line must be one JSON object" },
    ]);
    expect(await db.article.count({ where: { title: { startsWith: "Bulk " } } })).toBe(2);
    expect(await db.auditEvent.count({ where: { entityType: "Article", action: "create", actorId: editor.id } })).toBe(
      2,
    );
  });

  it("imports nothing in all-or-nothing mode when one row is bad", async () => {
    const before = await db.article.count();
    const report = await importBulk(editor, [row(10), row(11), row(12, { url: "not a url" })].join("\n"), {
      format: "jsonl",
      allOrNothing: true,
    });
    expect(report.imported).toBe(false);
    expect(report.created).toEqual([]);
    expect(report.rejected).toEqual([{ line: 3, reason: expect.stringContaining("url") }]);
    expect(await db.article.count()).toBe(before);
  });

  it("creates nothing when the same file is imported twice, reporting the duplicates", async () => {
    const text = [row(20), row(21)].join("\n");
    const first = await importBulk(editor, text, { format: "jsonl", allOrNothing: true });
    expect(first.created).toHaveLength(2);
    const before = await db.article.count();
    const second = await importBulk(editor, text, { format: "jsonl", allOrNothing: true });
    expect(second.created).toEqual([]);
    expect(second.duplicates).toEqual([
      { line: 1, articleId: first.created[0].articleId, by: "url" },
      { line: 2, articleId: first.created[1].articleId, by: "url" },
    ]);
    expect(await db.article.count()).toBe(before);
  });

  it("refuses researchers and anonymous callers", async () => {
    const researcher = await createUser(db, { role: "researcher" });
    const before = await db.article.count();
    await expect(importBulk(researcher, row(30), { format: "jsonl", allOrNothing: false })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(importBulk(null, row(31), { format: "jsonl", allOrNothing: false })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    expect(await db.article.count()).toBe(before);
  });
});

describe("importBulk (CSV)", () => {
  const csv = [
    "title,body,publishedOn,outlet,url,language",
    'CSV one,"First paragraph.',
    'Second paragraph, with a comma.",2018-07-31,Chosun Ilbo,https://example.org/csv/1,en',
    "CSV two,Short body,31/07/2018,Chosun Ilbo,https://example.org/csv/2,en",
    "CSV three,Another body,2018-08-01,,https://example.org/csv/3,ko",
    "CSV four,missing columns",
  ].join("\r\n");

  it("reports bad rows by the line they start on, and keeps multi-line fields", async () => {
    const report = await importBulk(editor, csv, { format: "csv", allOrNothing: false });
    expect(report.created.map((r) => r.line)).toEqual([2, 5]);
    expect(report.rejected).toEqual([
      { line: 4, reason: expect.stringContaining("publishedOn") },
      { line: 6, reason: expect.stringContaining("Not a readable CSV row") },
    ]);
    const first = await db.article.findUniqueOrThrow({ where: { id: report.created[0].articleId } });
    expect(first.body).toBe("First paragraph.\nSecond paragraph, with a comma.");
    const again = await importBulk(editor, csv, { format: "csv", allOrNothing: false });
    expect(again.created).toEqual([]);
    expect(again.duplicates.map((d) => d.line)).toEqual([2, 5]);
  });
});
