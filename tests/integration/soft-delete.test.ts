// Deleting articles and people (#16): a soft delete, listed under Deleted and restorable, refused with a message
// that says why while published quotes depend on the record; a refused delete changes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { deleteArticle, restoreArticle } from "@/lib/articles/mutations";
import { deletePerson, restorePerson } from "@/lib/people/mutations";
import { listDeleted, listDeletedArticles, listDeletedPeople } from "@/lib/records/deleted";
import { createRecords } from "./support/records";
import { createUser } from "../support/users";

let editor: SessionUser;

beforeAll(async () => {
  editor = await createUser(db, { role: "editor" });
});

const publish = async (records: { articleId: number; quoteId: number }) => {
  await db.article.update({ where: { id: records.articleId }, data: { status: "published" } });
  await db.quote.update({ where: { id: records.quoteId }, data: { status: "published" } });
};

describe("deleting a person", () => {
  it("is refused while a published quote names them as the speaker, and nothing changes", async () => {
    const records = await createRecords(db);
    await publish(records);
    const before = await db.person.findUniqueOrThrow({ where: { id: records.personId } });
    await expect(deletePerson(editor, records.personId)).rejects.toMatchObject({
      code: "CONFLICT",
      message: `${before.name} cannot be deleted: 1 published quote names them as the speaker. Take it down or attribute it to someone else first, or merge this person into another.`,
    });
    expect(await db.person.findUniqueOrThrow({ where: { id: records.personId } })).toEqual(before);
  });

  it("without published quotes: deleted, listed under Deleted, restored", async () => {
    const { personId } = await createRecords(db);
    await deletePerson(editor, personId);
    expect((await listDeletedPeople(editor)).map((item) => item.id)).toContain(personId);
    await restorePerson(editor, personId);
    expect((await listDeletedPeople(editor)).map((item) => item.id)).not.toContain(personId);
    expect(await db.person.findUniqueOrThrow({ where: { id: personId } })).toMatchObject({ deletedAt: null });
  });
});

describe("deleting an article", () => {
  it("is refused while one of its quotes is published", async () => {
    const records = await createRecords(db);
    await publish(records);
    await expect(deleteArticle(editor, records.articleId)).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This article cannot be deleted: 1 of its quotes is published. Take it down first (each with a reason).",
    });
    expect(await db.article.findUniqueOrThrow({ where: { id: records.articleId } })).toMatchObject({ deletedAt: null });
  });

  it("with no published quote: deleted, listed newest first under Deleted, restored", async () => {
    const first = await createRecords(db);
    const second = await createRecords(db);
    await deleteArticle(editor, first.articleId);
    await deleteArticle(editor, second.articleId);
    const listed = (await listDeletedArticles(editor)).map((item) => item.id);
    expect(listed.indexOf(second.articleId)).toBeLessThan(listed.indexOf(first.articleId));
    expect((await listDeleted(editor)).articles.map((item) => item.id)).toEqual(listed);
    await restoreArticle(editor, first.articleId);
    expect((await listDeletedArticles(editor)).map((item) => item.id)).not.toContain(first.articleId);
  });
});
