// A researcher keeping a copy of the stances in step (issue #11): `updatedSince` on /api/v1/stances and on the
// exports lists exactly the rows that changed since (a correction once approved, a speaker's rename or role
// change; not another spelling of their name), and /api/v1/stances/removed the ones to delete (a takedown). StanceRead."updatedAt" and
// StanceReadRemoval are kept by the read model's triggers (migration *_stance_read_updated_at).
import { beforeAll, describe, expect, it, vi } from "vitest";
import * as stancesRoute from "@/app/api/v1/stances/route";
import * as removedRoute from "@/app/api/v1/stances/removed/route";
import * as quotesRemovedRoute from "@/app/api/v1/quotes/removed/route";
import * as articlesRemovedRoute from "@/app/api/v1/articles/removed/route";
import * as countryStancesRemovedRoute from "@/app/api/v1/country-stances/removed/route";
import * as quotesRoute from "@/app/api/v1/quotes/route";
import { seedCountryStance } from "@/prisma/seed/country-stances";
import { seedArticle } from "@/prisma/seed/articles";
import { seedQuote } from "@/prisma/seed/quotes";
import { unpublishArticle } from "@/lib/review/publish-article";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { saveQuote } from "@/lib/quotes/save-quote";
import { takeDown } from "@/lib/review/takedowns";
import { addPersonAlias, savePersonRole, updatePerson } from "@/lib/people/save-person";
import { exportStances } from "@/lib/stances/export";
import { listStanceRemovals } from "@/lib/stances/removals";
import { seedCodebook } from "@/prisma/seed/codebook";
import { seedCountries } from "@/prisma/seed/countries";
import { DEMO_COUNTRIES } from "@/prisma/seed/demo/countries";
import { seedPerson } from "@/prisma/seed/people";
import { createUser } from "../support/users";
import { approveOpenRevision, seedPublishedQuote } from "./support/versions";
import { quoteEdit } from "../support/quote-edit";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => null }));

type Row = { id: number; quoteId: number; attribution: string; speakerName: string; updatedAt: string };
type Body = { data: Row[]; next: string | null; error?: { fields?: Record<string, string[]> } };

let address = 0;
async function get(route: { GET: unknown }, path: string) {
  const handler = route.GET as (request: Request, context: { params: Promise<never> }) => Promise<Response>;
  const response = await handler(
    new Request(`http://localhost${path}`, { headers: { "x-forwarded-for": `10.9.0.${++address % 250}` } }),
    { params: Promise.resolve({} as never) },
  );
  return { status: response.status, body: (await response.json()) as Body };
}

/** Every page of a list, following `next`. */
async function all(route: { GET: unknown }, path: string): Promise<Row[]> {
  const rows: Row[] = [];
  let cursor: string | null = null;
  do {
    const { status, body } = await get(route, `${path}&limit=2${cursor ? `&cursor=${cursor}` : ""}`);
    expect(status, JSON.stringify(body)).toBe(200);
    rows.push(...body.data);
    cursor = body.next;
  } while (cursor);
  return rows;
}

/** The instant a sync starts, once the clock has moved past every change before it. */
async function syncPoint(): Promise<string> {
  const start = Date.now();
  while (Date.now() <= start) await new Promise((resolve) => setImmediate(resolve));
  return new Date().toISOString();
}

let editor: SessionUser;
let reviewer: SessionUser;
let researcher: SessionUser;
let person: { id: number; slug: string };

beforeAll(async () => {
  await seedCodebook(db);
  await seedCountries(db, DEMO_COUNTRIES);
  [editor, reviewer, researcher] = await Promise.all([
    createUser(db, { role: "editor" }),
    createUser(db, { role: "editor" }),
    createUser(db, { role: "researcher" }),
  ]);
  person = await seedPerson(db, {
    name: "Wang Yi",
    roles: [{ country: "CN", title: "Foreign Minister", startsOn: "2013-03-16" }],
  });
});

const stanceOf = async (quoteId: number) => (await db.stance.findFirstOrThrow({ where: { quoteId } })).id;
const ids = (rows: Row[]) => rows.map((row) => row.id).sort((a, b) => a - b);

async function exported(since: string): Promise<Row[]> {
  const file = await exportStances(researcher, { updatedSince: since }, "jsonl");
  const text = await new Response(file.stream).text();
  return text
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Row);
}

describe("incremental sync of stances", () => {
  it("lists exactly what changed since: an approved correction, a takedown (as a removal), a rename, a role change", async () => {
    const seeded = [];
    for (const title of ["Sync one", "Sync two", "Sync three"])
      seeded.push(await seedPublishedQuote(db, { title, authorId: editor.id, speakerId: person.id }));
    const [corrected, takenDown, untouched] = await Promise.all(seeded.map(({ quote }) => stanceOf(quote.id)));

    // The first sync: everything; its rows carry their updatedAt.
    const first = await all(stancesRoute, "/api/v1/stances?sort=asc");
    expect(ids(first)).toEqual([corrected, takenDown, untouched]);
    for (const row of first) expect(row.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const since = await syncPoint();
    expect(await all(stancesRoute, `/api/v1/stances?updatedSince=${since}`)).toEqual([]);

    // A correction of the first quote's attribution: nothing changes for the public until a second editor approves.
    const quote = await db.quote.findUniqueOrThrow({
      where: { id: seeded[0]!.quote.id },
      include: { stances: true },
    });
    await saveQuote(editor, quoteEdit(quote, { attribution: "official_statement" }));
    expect(await all(stancesRoute, `/api/v1/stances?updatedSince=${since}`)).toEqual([]);
    await approveOpenRevision(db, { editor, reviewer }, "Quote", quote.id);

    // The second quote taken down: gone from the list, listed as removed.
    await takeDown(editor, { entityType: "Quote", entityId: seeded[1]!.quote.id, reason: "Legal request" });

    const changed = await all(stancesRoute, `/api/v1/stances?updatedSince=${since}`);
    expect(changed).toMatchObject([{ id: corrected, attribution: "official_statement" }]);
    expect(Date.parse(changed[0]!.updatedAt)).toBeGreaterThanOrEqual(Date.parse(since));
    const removed = await all(removedRoute, `/api/v1/stances/removed?updatedSince=${since}`);
    expect(removed).toMatchObject([{ id: takenDown }]);
    // A token's caller (who also sees records in review) learns of it too; an earlier sync point lists nothing new.
    expect((await listStanceRemovals("review", { updatedSince: since, limit: 100 })).data).toMatchObject([
      { id: takenDown },
    ]);
    expect(ids(await exported(since))).toEqual([corrected]);

    // The speaker renamed: their rows' speaker name changed, so both rows still public come back.
    const renamedSince = await syncPoint();
    expect(await all(removedRoute, `/api/v1/stances/removed?updatedSince=${renamedSince}`)).toEqual([]);
    const live = await db.person.findUniqueOrThrow({ where: { id: person.id }, include: { roles: true } });
    await updatePerson(editor, { personId: person.id, version: live.version, name: "Wang Yi (王毅)", description: "" });
    const renamed = await all(stancesRoute, `/api/v1/stances?sort=asc&updatedSince=${renamedSince}`);
    expect(ids(renamed)).toEqual([corrected, untouched]);
    for (const row of renamed) expect(row.speakerName).toBe("Wang Yi (王毅)");
    expect(ids(await exported(renamedSince))).toEqual([corrected, untouched]);

    // Another spelling of the name changes nothing the rows export: nothing to sync.
    const aliasSince = await syncPoint();
    const named = await db.person.findUniqueOrThrow({ where: { id: person.id } });
    await addPersonAlias(editor, { personId: person.id, version: named.version, name: "왕이", language: "ko" });
    expect(await all(stancesRoute, `/api/v1/stances?updatedSince=${aliasSince}`)).toEqual([]);

    // A role correction approved: the same two rows again, and only once approved.
    const roleSince = await syncPoint();
    const current = await db.person.findUniqueOrThrow({ where: { id: person.id }, include: { roles: true } });
    await savePersonRole(editor, {
      personId: person.id,
      version: current.version,
      roleId: current.roles[0]!.id,
      countryId: current.roles[0]!.countryId,
      title: "State Councilor",
      startsOn: "2013-03-16",
      endsOn: "",
    });
    expect(await all(stancesRoute, `/api/v1/stances?updatedSince=${roleSince}`)).toEqual([]);
    await approveOpenRevision(db, { editor, reviewer }, "Person", person.id);
    expect(ids(await all(stancesRoute, `/api/v1/stances?updatedSince=${roleSince}`))).toEqual([corrected, untouched]);
    // The taken-down row never came back.
    expect(ids(await all(stancesRoute, "/api/v1/stances?sort=asc"))).toEqual([corrected, untouched]);
  });

  it("lists the quotes, articles and country stance records taken down, unpublished or deleted since, once public", async () => {
    const [first, second, third] = [
      await seedPublishedQuote(db, { title: "Removed one", authorId: editor.id, speakerId: person.id }),
      await seedPublishedQuote(db, { title: "Removed two", authorId: editor.id, speakerId: person.id }),
      await seedPublishedQuote(db, { title: "Removed three", authorId: editor.id, speakerId: person.id }),
    ];
    const record = await seedCountryStance(db, {
      country: "CN",
      dimension: "instrument",
      position: "treaty",
      validFrom: "2018-01-15",
      summary: "China favours a treaty (sync).",
      status: "published",
      evidenceQuoteIds: [first.quote.id],
    });
    // Approved in an article that was never published: never public.
    const draftArticle = await seedArticle(db, { title: "Never public", body: "China favors a peace treaty. Draft." });
    const neverPublic = await seedQuote(db, {
      articleId: draftArticle.id,
      text: "China favors a peace treaty",
      status: "published",
      authorId: editor.id,
      speakerId: person.id,
    });
    const since = await syncPoint();
    const removedFrom = async (route: { GET: unknown }, list: string) =>
      ids(await all(route, `/api/v1/${list}/removed?updatedSince=${since}`));
    expect(await removedFrom(quotesRemovedRoute, "quotes")).toEqual([]);

    await takeDown(editor, { entityType: "Quote", entityId: first.quote.id, reason: "Legal request" });
    await takeDown(editor, { entityType: "CountryStance", entityId: record.id, reason: "Legal request" });
    // Unpublishing an article takes its quotes off too (and clears its publishedAt).
    const live = await db.article.findUniqueOrThrow({ where: { id: second.article.id } });
    await unpublishArticle(editor, { articleId: live.id, version: live.version });
    await db.quote.update({ where: { id: neverPublic.id }, data: { deletedAt: new Date() } });

    expect(await removedFrom(quotesRemovedRoute, "quotes")).toEqual([first.quote.id, second.quote.id]);
    expect(await removedFrom(articlesRemovedRoute, "articles")).toEqual([second.article.id]);
    expect(await removedFrom(countryStancesRemovedRoute, "country-stances")).toEqual([record.id]);
    // The quotes list of the same sync no longer holds them; the third quote was untouched throughout.
    const listed = (await all(quotesRoute, `/api/v1/quotes?person=${person.slug}`)).map((row) => row.id);
    expect(listed).toContain(third.quote.id);
    expect(listed).not.toContain(first.quote.id);
    expect(listed).not.toContain(second.quote.id);
    // Nothing removed after a later sync point.
    const later = await syncPoint();
    expect((await get(quotesRemovedRoute, `/api/v1/quotes/removed?updatedSince=${later}`)).body.data).toEqual([]);
  });

  it("refuses an updatedSince that is not an instant, naming it, on the list, the export and the removals", async () => {
    for (const path of ["/api/v1/stances", "/api/v1/stances/removed"]) {
      const response = await get(
        path.endsWith("removed") ? removedRoute : stancesRoute,
        `${path}?updatedSince=2021-02-30`,
      );
      expect(response.status).toBe(400);
      expect(Object.keys(response.body.error?.fields ?? {})).toEqual(["updatedSince"]);
    }
    const badCursor = await get(
      removedRoute,
      `/api/v1/stances/removed?cursor=${Buffer.from('["x",1]').toString("base64url")}`,
    );
    expect(badCursor.status).toBe(400);
    expect(Object.keys(badCursor.body.error?.fields ?? {})).toEqual(["cursor"]);
  });
});
