// The audit trail: events written in the mutation's transaction with before/after, one record's history, the
// admin's filtered and keyset-paginated list, and restoring a deleted record from its history.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { deleteArticle } from "@/lib/articles/mutations";
import { deleteQuote } from "@/lib/quotes/mutations";
import { restoreEntity } from "@/lib/history/restore";
import { AUDIT_PAGE_SIZE, getEntityHistory, listAuditEvents } from "@/lib/history/queries";
import { changeUserRole, createUser as createUserAsAdmin } from "@/lib/users/mutations";
import { createUser } from "../support/users";
import { createRecords } from "./support/records";

let admin: SessionUser;
let editor: SessionUser;

beforeAll(async () => {
  admin = await createUser(db, { role: "admin" });
  editor = await createUser(db, { role: "editor" });
});

describe("delete and restore", () => {
  it("records who deleted what, with before and after, and restores from the history", async () => {
    const { articleId } = await createRecords(db);
    await deleteArticle(editor, articleId);
    expect((await db.article.findUniqueOrThrow({ where: { id: articleId } })).deletedAt).toBeInstanceOf(Date);

    let history = await getEntityHistory(editor, { entityType: "Article", entityId: String(articleId) });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      action: "delete",
      actor: { id: editor.id },
      before: { id: articleId, deletedAt: null, version: 1 },
      after: { id: articleId, deletedAt: expect.any(String), version: 2 },
    });

    await restoreEntity(editor, "Article", String(articleId));
    expect((await db.article.findUniqueOrThrow({ where: { id: articleId } })).deletedAt).toBeNull();
    history = await getEntityHistory(editor, { entityType: "Article", entityId: String(articleId) });
    expect(history.map((e) => e.action)).toEqual(["delete", "restore"]);
    expect(history[1]).toMatchObject({
      before: { deletedAt: expect.any(String) },
      after: { deletedAt: null, version: 3 },
    });
  });

  it("refuses to delete twice or restore a live record, writing nothing", async () => {
    const { quoteId } = await createRecords(db);
    await deleteQuote(editor, quoteId);
    const count = await db.auditEvent.count();
    await expect(deleteQuote(editor, quoteId)).rejects.toMatchObject({ code: "CONFLICT" });
    await restoreEntity(editor, "Quote", String(quoteId));
    await expect(restoreEntity(editor, "Quote", String(quoteId))).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.auditEvent.count()).toBe(count + 1);
  });

  it("says NOT_FOUND for a missing record or a kind that cannot be restored", async () => {
    await expect(deleteArticle(editor, 999_999)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(restoreEntity(editor, "Dimension", "1")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(restoreEntity(editor, "Article", "abc")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("user changes", () => {
  it("record role changes with before and after, and never the password hash", async () => {
    const { id } = await createUserAsAdmin(admin, {
      email: "ana@example.org",
      name: "Ana",
      role: "researcher",
      password: "a long enough password",
    });
    await changeUserRole(admin, { userId: id, role: "editor" });
    const history = await getEntityHistory(admin, { entityType: "User", entityId: id });
    expect(history.map((e) => e.action)).toEqual(["create", "role"]);
    expect(history[1]).toMatchObject({
      actor: { id: admin.id },
      before: { role: "researcher" },
      after: { role: "editor" },
    });
    expect(JSON.stringify(history)).not.toMatch(/argon2|passwordHash/);
  });

  it("refuses a duplicate email with a field error", async () => {
    await expect(
      createUserAsAdmin(admin, { email: "ANA@example.org", role: "editor", password: "a long enough password" }),
    ).rejects.toMatchObject({
      code: "DUPLICATE",
      details: { fields: { email: ["Already in use"] } },
    });
  });

  it("does not let an admin demote or deactivate themself", async () => {
    await expect(changeUserRole(admin, { userId: admin.id, role: "editor" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("listAuditEvents", () => {
  it("filters by user, record and date, and pages by id without gaps or repeats", async () => {
    const other = await createUser(db, { role: "editor" });
    const ids: number[] = [];
    for (let i = 0; i < AUDIT_PAGE_SIZE + 5; i++) {
      const { personId } = await createRecords(db);
      ids.push(personId);
    }
    const { deletePerson } = await import("@/lib/people/mutations");
    for (const id of ids) await deletePerson(other, id);

    const first = await listAuditEvents(admin, { userId: other.id });
    expect(first.events).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.nextCursor).not.toBeNull();
    const second = await listAuditEvents(admin, { userId: other.id, before: first.nextCursor! });
    expect(second.events).toHaveLength(5);
    expect(second.nextCursor).toBeNull();
    const seen = [...first.events, ...second.events].map((e) => Number(e.entityId));
    expect(seen).toEqual([...ids].reverse());

    const one = await listAuditEvents(admin, { entityType: "Person", entityId: String(ids[0]) });
    expect(one.events).toHaveLength(1);
    const today = new Date().toISOString().slice(0, 10);
    expect((await listAuditEvents(admin, { userId: other.id, from: today, to: today })).events).toHaveLength(
      AUDIT_PAGE_SIZE,
    );
    expect((await listAuditEvents(admin, { userId: other.id, to: "2000-01-01" })).events).toHaveLength(0);
    await expect(listAuditEvents(admin, { from: "yesterday" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { fields: { from: expect.any(Array) } },
    });
  });
});
