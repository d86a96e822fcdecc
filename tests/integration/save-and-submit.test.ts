// "Save and submit" (the workspace's Ctrl+Shift+Enter) in one transaction: a new or returned quote is saved and in
// review at once, with both audit events; a quote that may not be submitted stays saved and the answer says why; a
// published quote's correction goes to review as a revision while the public keeps the approved version; bad input
// writes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { saveAndSubmitQuote } from "@/lib/review/save-and-submit";
import type { QuoteInput } from "@/lib/quotes/schemas";
import { seedCodebook } from "@/prisma/seed/codebook";
import { seedCountries } from "@/prisma/seed/countries";
import { DEMO_COUNTRIES } from "@/prisma/seed/demo/countries";
import { seedArticle } from "@/prisma/seed/articles";
import { seedPerson } from "@/prisma/seed/people";
import { seedQuote } from "@/prisma/seed/quotes";
import { createUser } from "../support/users";
import { snapshot } from "./support/records";

const BODY = "Seoul, July 31 — China favors a peace treaty instead because that will be legally binding on all sides.";

let editor: SessionUser;
let other: SessionUser;
let wangYi: number;

beforeAll(async () => {
  await seedCodebook(db);
  await seedCountries(db, DEMO_COUNTRIES);
  [editor, other] = await Promise.all([createUser(db, { role: "editor" }), createUser(db, { role: "editor" })]);
  wangYi = (
    await seedPerson(db, {
      name: "Wang Yi",
      roles: [{ country: "CN", title: "Foreign Minister", startsOn: "2013-03-16" }],
    })
  ).id;
});

async function article(status: "draft" | "published" = "draft") {
  return seedArticle(db, { body: `${BODY}\n${crypto.randomUUID()}`, publishedOn: "2018-07-31", status });
}

const newQuote = (articleId: number): QuoteInput => ({
  articleId,
  startOffset: BODY.indexOf("China"),
  endOffset: BODY.indexOf(" instead"),
  text: "China favors a peace treaty",
  speakerId: wangYi,
  speakerLabel: null,
  speakerCountryId: null,
  attribution: "on_record",
  statedOn: "2018-07-30",
  stances: [],
});

/** Seeds a quote in `status` by `author`, then saves an edit of it (attribution "reported") with save and submit. */
async function saveAndSubmitEdit(
  status: Parameters<typeof seedQuote>[1]["status"],
  author: SessionUser,
  articleStatus: "draft" | "published" = "draft",
) {
  const { id } = await article(articleStatus);
  const seeded = await seedQuote(db, {
    articleId: id,
    text: "China favors a peace treaty",
    status,
    authorId: author.id,
    speakerId: wangYi,
  });
  const live = await db.quote.findUniqueOrThrow({ where: { id: seeded.id } });
  const saved = await saveAndSubmitQuote(editor, {
    ...newQuote(id),
    id: live.id,
    version: live.version,
    attribution: "reported",
  });
  return { live, ...saved };
}

const events = (id: number) =>
  db.auditEvent.findMany({ where: { entityType: "Quote", entityId: String(id) }, orderBy: { id: "asc" } });

describe("save and submit", () => {
  it("saves a new quote and puts it in review, with a create and a status event", async () => {
    const { quote, submitted } = await saveAndSubmitQuote(editor, newQuote((await article()).id));
    expect(submitted).toEqual({ ok: true });
    expect(quote.status).toBe("in_review");
    const row = await db.quote.findUniqueOrThrow({ where: { id: quote.id } });
    expect(row).toMatchObject({ status: "in_review", authorId: editor.id, version: quote.version });
    expect(row.submittedAt).not.toBeNull();
    expect((await events(quote.id)).map((event) => event.action)).toEqual(["create", "status"]);
  });

  it("sends a returned quote, edited, back to review", async () => {
    const { live, quote, submitted } = await saveAndSubmitEdit("returned", editor);
    expect(submitted).toEqual({ ok: true });
    expect(await db.quote.findUniqueOrThrow({ where: { id: live.id } })).toMatchObject({
      status: "in_review",
      attribution: "reported",
      version: quote.version,
    });
  });

  it("keeps an edit of a quote already in review saved, and says it was not submitted", async () => {
    const { live, submitted } = await saveAndSubmitEdit("in_review", other);
    expect(submitted).toMatchObject({ ok: false, message: expect.stringContaining("in review already") });
    expect(await db.quote.findUniqueOrThrow({ where: { id: live.id } })).toMatchObject({
      status: "in_review",
      attribution: "reported",
    });
  });

  it("sends a published quote's correction to review as a revision; the live quote is unchanged", async () => {
    const { live, submitted } = await saveAndSubmitEdit("published", other, "published");
    expect(submitted).toEqual({ ok: true });
    expect(await db.quote.findUniqueOrThrow({ where: { id: live.id } })).toMatchObject({
      status: "published",
      attribution: live.attribution,
      version: live.version,
    });
    const revision = await db.revision.findFirstOrThrow({ where: { entityType: "Quote", entityId: live.id } });
    expect(revision.status).toBe("in_review");
  });

  it("writes nothing when the selection is not what the article says", async () => {
    const { id } = await article();
    const before = await snapshot(db);
    await expect(
      saveAndSubmitQuote(editor, { ...newQuote(id), text: "China rejects a peace treaty" }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    expect(await snapshot(db)).toEqual(before);
  });
});
