// Corrections of published records (revisions): an editor's edit of a published quote, country stance record or
// article body creates a revision and leaves the public read unchanged; submitting, returning, approving (refused
// to contributors; an admin contributor only with a reason) and the queue's list.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { saveQuote } from "@/lib/quotes/save-quote";
import { getPublishedQuote } from "@/lib/quotes/public";
import { saveCountryStance } from "@/lib/country-stances/save-country-stance";
import { updateArticleBody } from "@/lib/articles/update-body";
import { removePersonRole, savePersonRole } from "@/lib/people/save-person";
import { approveRevision, returnRevision, submitRevision } from "@/lib/review/revisions";
import { listRevisionsForReview } from "@/lib/review/revision-queries";
import { decideTakedown, listOpenTakedowns, takeDown } from "@/lib/review/takedowns";
import { caseWith, records, type Actor, type Case, type Target } from "./case";

const published = records({
  quote: { status: "published", author: "another editor" },
  article: { status: "published", author: "another editor" },
});

/** The records' quote as the save schema has it (its first word, spoken by the records' person). */
const quoteContent = async (t: Target) => ({
  articleId: t.articleId,
  startOffset: 0,
  endOffset: 4,
  text: "Test",
  speakerKind: "person" as const,
  speakerId: t.personId,
  speakerOrganizationId: null,
  speakerLabel: null,
  speakerCountryId: null,
  attribution: "on_record" as const,
  statedOn: "2021-10-27",
  statedOnPrecision: "day" as const,
  statedOnReported: false,
  statementId: (await db.quote.findUniqueOrThrow({ where: { id: t.quoteId } })).statementId,
  stances: [],
});

type WithRevision = Target & { revisionId: number; revisionVersion: number };

/** A published quote with a correction (attribution → reported) in `status`, edited by another editor or the actor. */
const correction =
  (status: "draft" | "in_review", by: "another editor" | "the actor") =>
  async (actor: Actor): Promise<WithRevision> => {
    const target = await published(actor);
    const original = await quoteContent(target);
    const contributor = by === "the actor" ? (actor?.id ?? target.userId) : target.userId;
    const revision = await db.revision.create({
      data: {
        entityType: "Quote",
        entityId: target.quoteId,
        baseVersion: target.quoteVersion,
        status,
        original: original as Prisma.InputJsonValue,
        payload: { ...original, attribution: "reported" } as Prisma.InputJsonValue,
        contributorIds: [contributor],
        submittedAt: status === "in_review" ? new Date() : null,
      },
    });
    return { ...target, revisionId: revision.id, revisionVersion: revision.version };
  };

/** Fails the case (a plain Error, not a refusal) unless the save left the public quote as it was. */
async function expectRevisionOnly(t: Target, entityType: string, entityId: number) {
  const open = await db.revision.count({ where: { entityType, entityId, status: "draft" } });
  if (open !== 1) throw new Error(`expected one draft revision of ${entityType} ${entityId}, found ${open}`);
  const quote = await getPublishedQuote(t.quoteId);
  if (quote?.attribution !== "on_record") throw new Error("the public quote changed before approval");
}

const run = (fn: (a: Actor, t: WithRevision) => Promise<unknown>) => fn as Case["run"];

type WithRole = Target & { roleId: number; countryId: number; personVersion: number };

/** The published quote's speaker holds one role (Foreign Minister of the records' country since 2013). */
const speakerWithRole = async (actor: Actor): Promise<WithRole> => {
  const target = await published(actor);
  const { countryId } = await db.countryStance.findUniqueOrThrow({ where: { id: target.countryStanceId } });
  const role = await db.personRole.create({
    data: { personId: target.personId, countryId, title: "Foreign Minister", startsOn: new Date("2013-03-16") },
  });
  const { version } = await db.person.findUniqueOrThrow({ where: { id: target.personId } });
  return { ...target, roleId: role.id, countryId, personVersion: version };
};

/** Fails the case unless the live roles are still the one the speaker had, and one draft correction holds the change. */
async function expectRoleCorrectionOnly(t: WithRole) {
  const roles = await db.personRole.findMany({ where: { personId: t.personId } });
  if (roles.length !== 1 || roles[0]?.title !== "Foreign Minister") throw new Error("the live roles changed");
  const open = await db.revision.count({ where: { entityType: "Person", entityId: t.personId, status: "draft" } });
  if (open !== 1) throw new Error(`expected one draft correction of the roles, found ${open}`);
}

const roleCorrection = async (actor: Actor): Promise<WithRole & WithRevision> => {
  const target = await speakerWithRole(actor);
  const role = {
    roleId: target.roleId,
    countryId: target.countryId,
    organization: null,
    startsOn: "2013-03-16",
    endsOn: null,
  };
  const revision = await db.revision.create({
    data: {
      entityType: "Person",
      entityId: target.personId,
      baseVersion: target.personVersion,
      status: "in_review",
      original: { roles: [{ ...role, title: "Foreign Minister" }] },
      payload: { roles: [{ ...role, title: "Special Envoy" }] },
      contributorIds: [target.userId],
      submittedAt: new Date(),
    },
  });
  return { ...target, revisionId: revision.id, revisionVersion: revision.version };
};

export const REVISION_CASES: Case[] = [
  {
    action: "quote.edit",
    fn: "saveQuote",
    variant: "published quote: a revision, the public read unchanged",
    prepare: published,
    run: async (a, t) => {
      await saveQuote(a, {
        ...(await quoteContent(t)),
        id: t.quoteId,
        version: t.quoteVersion,
        attribution: "reported",
      });
      await expectRevisionOnly(t, "Quote", t.quoteId);
    },
  },
  {
    action: "countryStance.edit",
    fn: "saveCountryStance",
    variant: "published record: a revision, the live record unchanged",
    prepare: async (actor) => {
      const target = await published(actor);
      const record = await db.countryStance.update({
        where: { id: target.countryStanceId },
        data: { status: "published" },
      });
      // The record's evidence holds a stance of its country on its dimension (coding rule 10).
      await db.stance.create({
        data: {
          quoteId: target.quoteId,
          dimensionId: record.dimensionId,
          positionId: record.positionId,
          holderCountryId: record.countryId,
        },
      });
      return { ...target, countryStanceVersion: target.countryStanceVersion };
    },
    run: async (a, t) => {
      const live = await db.countryStance.findUniqueOrThrow({ where: { id: t.countryStanceId } });
      await saveCountryStance(a, {
        id: live.id,
        version: live.version,
        countryId: live.countryId,
        dimensionId: live.dimensionId,
        positionId: live.positionId,
        validFrom: "2021-01-01",
        validTo: null,
        summary: "Corrected summary",
        quoteIds: [t.quoteId],
      });
      const after = await db.countryStance.findUniqueOrThrow({ where: { id: live.id } });
      if (after.summary !== live.summary) throw new Error("the published record changed before approval");
      await expectRevisionOnly(t, "CountryStance", live.id);
    },
  },
  {
    action: "article.edit",
    fn: "updateArticleBody",
    variant: "published article: a revision, the public text unchanged",
    prepare: published,
    run: async (a, t) => {
      const before = await db.article.findUniqueOrThrow({ where: { id: t.articleId } });
      await updateArticleBody(a, { id: t.articleId, version: before.version, body: `Test corrected ${before.body}` });
      const after = await db.article.findUniqueOrThrow({ where: { id: t.articleId } });
      if (after.body !== before.body) throw new Error("the published body changed before approval");
      await expectRevisionOnly(t, "Article", t.articleId);
    },
  },
  caseWith({
    action: "person.edit",
    fn: "savePersonRole",
    variant: "speaker of a published quote: a correction, the live roles unchanged",
    prepare: speakerWithRole,
    run: async (a, t) => {
      await savePersonRole(a, {
        personId: t.personId,
        version: t.personVersion,
        roleId: t.roleId,
        countryId: t.countryId,
        title: "Special Envoy",
        startsOn: "2013-03-16",
        endsOn: "",
      });
      await expectRoleCorrectionOnly(t);
    },
  }),
  caseWith({
    action: "person.edit",
    fn: "removePersonRole",
    variant: "speaker of a published quote: a correction, the live roles unchanged",
    prepare: speakerWithRole,
    run: async (a, t) => {
      await removePersonRole(a, { personId: t.personId, version: t.personVersion, roleId: t.roleId });
      await expectRoleCorrectionOnly(t);
    },
  }),
  caseWith({
    action: "review.publish",
    fn: "approveRevision",
    variant: "another editor's correction of a person's roles: applied",
    prepare: roleCorrection,
    run: async (a, t) => {
      await approveRevision(a, { revisionId: t.revisionId, version: t.revisionVersion });
      const role = await db.personRole.findUniqueOrThrow({ where: { id: t.roleId } });
      if (role.title !== "Special Envoy") throw new Error("the approved correction is not on the live roles");
    },
  }),
  {
    action: "quote.edit",
    fn: "submitRevision",
    prepare: correction("draft", "another editor"),
    run: run((a, t) => submitRevision(a, { revisionId: t.revisionId, version: t.revisionVersion })),
  },
  {
    action: "review.publish",
    fn: "returnRevision",
    prepare: correction("in_review", "another editor"),
    run: run((a, t) => returnRevision(a, { revisionId: t.revisionId, version: t.revisionVersion, comment: "Source?" })),
  },
  {
    action: "review.publish",
    fn: "approveRevision",
    variant: "another editor's correction: applied",
    prepare: correction("in_review", "another editor"),
    run: run(async (a, t) => {
      await approveRevision(a, { revisionId: t.revisionId, version: t.revisionVersion });
      if ((await getPublishedQuote(t.quoteId))?.attribution !== "reported")
        throw new Error("the approved correction is not on the public quote");
    }),
  },
  {
    action: "review.publishOwn",
    fn: "approveRevision",
    variant: "a correction the actor contributed to: refused to all",
    allowed: [],
    prepare: correction("in_review", "the actor"),
    run: run((a, t) => approveRevision(a, { revisionId: t.revisionId, version: t.revisionVersion })),
  },
  {
    action: "review.publishOwn",
    fn: "approveRevision",
    variant: "a correction the actor contributed to, with a reason: an admin's override",
    prepare: correction("in_review", "the actor"),
    run: run((a, t) =>
      approveRevision(a, { revisionId: t.revisionId, version: t.revisionVersion, overrideReason: "Legal order" }),
    ),
  },
  {
    action: "review.publish",
    fn: "listRevisionsForReview",
    prepare: correction("in_review", "another editor"),
    run: (a) => listRevisionsForReview(a, { view: "waiting" }),
  },
];

/** A published quote taken down by another editor, waiting for a decision. */
const takenDown = async (actor: Actor) => {
  const target = await published(actor);
  // Taken down as the app does it (the reversal checks the version its audit event recorded).
  const other = await db.user.findUniqueOrThrow({
    where: { id: target.userId },
    select: { id: true, email: true, name: true, role: true },
  });
  const takedown = await takeDown(other, { entityType: "Quote", entityId: target.quoteId, reason: "Court order" });
  return { ...target, takedownId: takedown.id };
};

export const TAKEDOWN_CASES: Case[] = [
  {
    action: "review.publish",
    fn: "takeDown",
    prepare: published,
    run: (a, t) => takeDown(a, { entityType: "Quote", entityId: t.quoteId, reason: "Court order" }),
  },
  {
    action: "review.publish",
    fn: "decideTakedown",
    prepare: takenDown,
    run: (a, t) =>
      decideTakedown(a, { takedownId: (t as Target & { takedownId: number }).takedownId, decision: "reversed" }),
  },
  { action: "review.publish", fn: "listOpenTakedowns", prepare: takenDown, run: (a) => listOpenTakedowns(a) },
];
