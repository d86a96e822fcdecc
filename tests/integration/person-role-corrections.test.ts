// A person's roles decide which country their quotes speak for, and the public quote and person pages show them:
// once a person has a published quote, a change of roles is a correction (a revision) that a second editor
// approves. The public keeps the approved roles until then; contributors may not approve; stale corrections and
// corrections of deleted people are refused with a reason; people without published quotes are edited in place.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { removePersonRole, savePersonRole, updatePerson } from "@/lib/people/save-person";
import { deletePerson } from "@/lib/people/mutations";
import { getAdminPerson } from "@/lib/people/queries";
import { getPublicPerson } from "@/lib/people/public";
import { getPublishedQuote } from "@/lib/quotes/public";
import { approveRevision, submitRevision } from "@/lib/review/revisions";
import { listRevisionsForReview } from "@/lib/review/revision-queries";
import { seedCodebook } from "@/prisma/seed/codebook";
import { seedCountries } from "@/prisma/seed/countries";
import { DEMO_COUNTRIES } from "@/prisma/seed/demo/countries";
import { seedArticle } from "@/prisma/seed/articles";
import { seedPerson } from "@/prisma/seed/people";
import { seedQuote } from "@/prisma/seed/quotes";
import { createUser } from "../support/users";

let author: SessionUser;
let editorB: SessionUser;
let editorC: SessionUser;
let reviewerA: SessionUser;
let china: number;
let southKorea: number;

beforeAll(async () => {
  await seedCodebook(db);
  await seedCountries(db, DEMO_COUNTRIES);
  [author, editorB, editorC, reviewerA] = await Promise.all([
    createUser(db, { role: "editor" }),
    createUser(db, { role: "editor" }),
    createUser(db, { role: "editor" }),
    createUser(db, { role: "editor" }),
  ]);
  china = (await db.country.findUniqueOrThrow({ where: { code: "CN" } })).id;
  southKorea = (await db.country.findUniqueOrThrow({ where: { code: "KR" } })).id;
});

/** A person holding one role for China since 2013, and (unless `quote: "none"`) a quote of theirs from 2018. */
async function speaker(quote: "published" | "draft" | "none" = "published") {
  const name = `Speaker ${crypto.randomUUID().slice(0, 8)}`;
  const person = await seedPerson(db, {
    name,
    roles: [
      { country: "CN", title: "Foreign Minister", organization: "Ministry of Foreign Affairs", startsOn: "2013-03-16" },
    ],
  });
  let quoteId = 0;
  if (quote !== "none") {
    const article = await seedArticle(db, {
      body: `China favors a peace treaty, the minister said. ${crypto.randomUUID()}`,
      title: "Role test",
      publishedOn: "2018-07-31",
      status: "published",
    });
    quoteId = (
      await seedQuote(db, {
        articleId: article.id,
        text: "China favors a peace treaty",
        status: quote,
        authorId: author.id,
        speakerId: person.id,
        stances: [{ dimension: "instrument", position: "treaty" }],
      })
    ).id;
  }
  const live = await db.person.findUniqueOrThrow({ where: { id: person.id }, include: { roles: true } });
  return { person: live, role: live.roles[0], quoteId, slug: live.slug };
}

type Speaker = Awaited<ReturnType<typeof speaker>>;

/** The role moved to South Korea as "Special Envoy" (a correction of the country a quote speaks for). */
const correctedRole = (s: Speaker, version = s.person.version) => ({
  personId: s.person.id,
  version,
  roleId: s.role.id,
  countryId: southKorea,
  title: "Special Envoy",
  organization: "",
  startsOn: "2013-03-16",
  endsOn: "",
});

const openRevision = (personId: number) =>
  db.revision.findFirstOrThrow({ where: { entityType: "Person", entityId: personId, status: { not: "approved" } } });

const publicRoles = async (s: Speaker) => {
  const found = await getPublicPerson(s.slug);
  return found.kind === "found" ? found.person.roles.map((role) => `${role.title} (${role.country.code})`) : [];
};

describe("correcting the roles of a person with published quotes", () => {
  it("becomes a revision; the public keeps the approved roles until a second editor approves it", async () => {
    const s = await speaker();
    expect((await getPublishedQuote(s.quoteId))?.rolesAtTheTime).toEqual([
      { title: "Foreign Minister", organization: "Ministry of Foreign Affairs", country: "China" },
    ]);

    const saved = await savePersonRole(editorB, correctedRole(s));
    expect(saved.revision).toMatchObject({ status: "draft" });
    // The live roles, the person's version and every public read are unchanged.
    expect(await db.personRole.findMany({ where: { personId: s.person.id } })).toEqual([s.role]);
    expect((await db.person.findUniqueOrThrow({ where: { id: s.person.id } })).version).toBe(s.person.version);
    expect(await publicRoles(s)).toEqual(["Foreign Minister (CN)"]);
    expect((await getPublishedQuote(s.quoteId))?.rolesAtTheTime[0]?.country).toBe("China");

    // The admin page shows the corrected roles to the next editor, who continues the one open correction.
    const page = await getAdminPerson(editorC, s.person.id);
    expect(page.rolesReviewed).toBe(true);
    expect(page.roles.map((role) => role.title)).toEqual(["Foreign Minister"]);
    expect(page.roleCorrection?.roles).toMatchObject([{ id: s.role.id, title: "Special Envoy", countryCode: "KR" }]);
    await savePersonRole(editorC, {
      personId: s.person.id,
      version: s.person.version,
      revisionVersion: page.roleCorrection!.version,
      countryId: china,
      title: "Director of the Foreign Affairs Office",
      startsOn: "2022-10-30",
      endsOn: "",
    });
    const revision = await openRevision(s.person.id);
    expect(await db.revision.count({ where: { entityType: "Person", entityId: s.person.id } })).toBe(1);
    expect(revision.contributorIds).toEqual([editorB.id, editorC.id]);

    await submitRevision(editorB, { revisionId: revision.id, version: revision.version });
    const submitted = await openRevision(s.person.id);

    // The queue's diff names countries and roles, one row per role.
    const queue = await listRevisionsForReview(reviewerA, { view: "waiting" });
    const item = queue.items.find((candidate) => candidate.id === revision.id)!;
    expect(item).toMatchObject({ approval: "allowed", blocked: null, editLink: `/admin/people/${s.person.id}` });
    expect(item.diff.fields).toEqual([
      {
        field: `role-${s.role.id}`,
        label: "Role: Special Envoy",
        before: "Foreign Minister, Ministry of Foreign Affairs — China, 2013-03-16 – now",
        after: "Special Envoy — S. Korea, 2013-03-16 – now",
      },
      {
        field: "role-new-1",
        label: "New role: Director of the Foreign Affairs Office",
        before: "",
        after: "Director of the Foreign Affairs Office — China, 2022-10-30 – now",
      },
    ]);

    // Contributors may not approve; another editor's approval applies it in one transaction with its audit row.
    const target = { revisionId: submitted.id, version: submitted.version };
    await expect(approveRevision(editorB, target)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(approveRevision(editorC, target)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const auditsBefore = await db.auditEvent.count({ where: { entityType: "Person", entityId: String(s.person.id) } });
    await approveRevision(reviewerA, target);

    expect(await publicRoles(s)).toEqual(["Special Envoy (KR)", "Director of the Foreign Affairs Office (CN)"]);
    expect((await getPublishedQuote(s.quoteId))?.rolesAtTheTime).toEqual([
      { title: "Special Envoy", organization: null, country: "South Korea" },
    ]);
    const approved = await db.revision.findUniqueOrThrow({ where: { id: revision.id } });
    const person = await db.person.findUniqueOrThrow({ where: { id: s.person.id } });
    expect(approved).toMatchObject({ status: "approved", reviewerId: reviewerA.id, appliedVersion: person.version });
    expect(person.version).toBe(s.person.version + 1);
    // The role kept its id (edited, not replaced): links and history follow it.
    expect((await db.personRole.findUniqueOrThrow({ where: { id: s.role.id } })).title).toBe("Special Envoy");
    const audits = await db.auditEvent.findMany({
      where: { entityType: "Person", entityId: String(s.person.id) },
      orderBy: { id: "asc" },
    });
    expect(audits.length - auditsBefore).toBe(2);
    expect(audits.map((event) => event.action).slice(-2)).toEqual(["update", "revision"]);
    expect((await getAdminPerson(editorC, s.person.id)).roleCorrection).toBeNull();
  });

  it("removes a role by its place in the open correction, and refuses a form older than the correction", async () => {
    const s = await speaker();
    await savePersonRole(editorB, { ...correctedRole(s), roleId: undefined, title: "Ambassador", countryId: china });
    const open = await openRevision(s.person.id);
    await expect(
      removePersonRole(editorC, {
        personId: s.person.id,
        version: s.person.version,
        slot: 1,
        revisionVersion: open.version - 1 || 99,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("changed the correction") });
    await removePersonRole(editorC, {
      personId: s.person.id,
      version: s.person.version,
      slot: 0,
      revisionVersion: open.version,
    });
    const payload = (await openRevision(s.person.id)).payload as { roles: { roleId: number | null; title: string }[] };
    expect(payload.roles).toMatchObject([{ roleId: null, title: "Ambassador" }]);
    await expect(
      removePersonRole(editorC, { personId: s.person.id, version: s.person.version, slot: 5 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Nothing reached the live roles.
    expect(await db.personRole.findMany({ where: { personId: s.person.id } })).toEqual([s.role]);
  });

  it("refuses bad input with the field named and writes nothing", async () => {
    const s = await speaker();
    await expect(
      savePersonRole(editorB, { ...correctedRole(s), startsOn: "2020-01-01", endsOn: "2019-01-01" }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { fields: { endsOn: ["The role cannot end before it starts."] } },
    });
    await expect(savePersonRole(editorB, { ...correctedRole(s), countryId: 999_999 })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { fields: { countryId: ["Choose a country from the list."] } },
    });
    await expect(savePersonRole(editorB, correctedRole(s, s.person.version - 1 || 99))).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await db.revision.count({ where: { entityType: "Person", entityId: s.person.id } })).toBe(0);
  });

  it("approving a correction edited since the reviewer looked says so and carries the newer diff", async () => {
    const s = await speaker();
    await savePersonRole(editorB, correctedRole(s));
    const first = await openRevision(s.person.id);
    await submitRevision(editorB, { revisionId: first.id, version: first.version });
    const seen = await openRevision(s.person.id);
    await savePersonRole(editorC, { ...correctedRole(s), title: "Special Representative" });
    const refusal = approveRevision(reviewerA, { revisionId: seen.id, version: seen.version });
    await expect(refusal).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("was edited since you looked"),
      details: {
        data: {
          diff: { fields: [expect.objectContaining({ after: "Special Representative — S. Korea, 2013-03-16 – now" })] },
        },
      },
    });
    expect(await publicRoles(s)).toEqual(["Foreign Minister (CN)"]);
    expect(await db.personRole.findMany({ where: { personId: s.person.id } })).toEqual([s.role]);
  });

  it("refuses a correction whose person changed or was deleted since it began", async () => {
    const changed = await speaker();
    await savePersonRole(editorB, correctedRole(changed));
    const open = await openRevision(changed.person.id);
    await submitRevision(editorB, { revisionId: open.id, version: open.version });
    await updatePerson(editorC, { personId: changed.person.id, version: changed.person.version, name: "Renamed" });
    const submitted = await openRevision(changed.person.id);
    await expect(
      approveRevision(reviewerA, { revisionId: submitted.id, version: submitted.version }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("changed since this correction began"),
    });

    const deleted = await speaker();
    await savePersonRole(editorB, correctedRole(deleted));
    const draft = await openRevision(deleted.person.id);
    await submitRevision(editorB, { revisionId: draft.id, version: draft.version });
    // A person named by published quotes cannot be deleted (#16): their quote is taken off first.
    await db.quote.update({ where: { id: deleted.quoteId }, data: { status: "draft" } });
    await deletePerson(editorC, deleted.person.id);
    const pending = await openRevision(deleted.person.id);
    await expect(
      approveRevision(reviewerA, { revisionId: pending.id, version: pending.version }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("deleted") });
    await expect(savePersonRole(editorB, correctedRole(deleted))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("roles of a person without published quotes", () => {
  it("are edited in place, as before", async () => {
    for (const quote of ["draft", "none"] as const) {
      const s = await speaker(quote);
      const saved = await savePersonRole(editorB, correctedRole(s));
      expect(saved).toMatchObject({ revision: null, version: s.person.version + 1 });
      expect((await db.personRole.findUniqueOrThrow({ where: { id: s.role.id } })).countryId).toBe(southKorea);
      expect((await getAdminPerson(editorB, s.person.id)).rolesReviewed).toBe(false);
      expect(await db.revision.count({ where: { entityType: "Person", entityId: s.person.id } })).toBe(0);
    }
  });
});
