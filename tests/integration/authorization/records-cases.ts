// Deleting and restoring records, and reading their history and the audit trail.
import { deleteArticle, restoreArticle } from "@/lib/articles/mutations";
import { deleteQuote, restoreQuote } from "@/lib/quotes/mutations";
import { deletePerson, restorePerson } from "@/lib/people/mutations";
import { listDeleted, listDeletedArticles, listDeletedPeople } from "@/lib/records/deleted";
import { deleteCountryStance, restoreCountryStance } from "@/lib/country-stances/mutations";
import { restoreEntity } from "@/lib/history/restore";
import { getEntityHistory, listAuditEvents } from "@/lib/history/queries";
import { rollBackCountryStance } from "@/lib/history/rollback";
import { db } from "@/lib/db";
import { caseWith, deleted, live, type Actor, type Case } from "./case";

/** A record with one recorded version (an audit event holding its whole content) to roll back to. */
const recordWithVersion = async (actor: Actor) => {
  const target = await live(actor);
  const record = await db.countryStance.findUniqueOrThrow({ where: { id: target.countryStanceId } });
  await db.stance.create({
    data: {
      quoteId: target.quoteId,
      dimensionId: record.dimensionId,
      positionId: record.positionId,
      holderCountryId: record.countryId,
    },
  });
  const event = await db.auditEvent.create({
    data: {
      action: "create",
      entityType: "CountryStance",
      entityId: String(record.id),
      after: {
        countryId: record.countryId,
        dimensionId: record.dimensionId,
        positionId: record.positionId,
        validFrom: "2021-01-01T00:00:00.000Z",
        validTo: null,
        summary: "An earlier summary",
        quoteIds: [target.quoteId],
      },
    },
  });
  return { recordId: record.id, eventId: event.id.toString() };
};

export const RECORD_CASES: Case[] = [
  caseWith({
    action: "countryStance.edit",
    fn: "rollBackCountryStance",
    prepare: recordWithVersion,
    run: (a, t: { recordId: number; eventId: string }) => rollBackCountryStance(a, t),
  }),
  { action: "article.delete", fn: "deleteArticle", prepare: live, run: (a, t) => deleteArticle(a, t.articleId) },
  { action: "article.delete", fn: "restoreArticle", prepare: deleted, run: (a, t) => restoreArticle(a, t.articleId) },
  { action: "quote.delete", fn: "deleteQuote", prepare: live, run: (a, t) => deleteQuote(a, t.quoteId) },
  { action: "quote.delete", fn: "restoreQuote", prepare: deleted, run: (a, t) => restoreQuote(a, t.quoteId) },
  { action: "person.delete", fn: "deletePerson", prepare: live, run: (a, t) => deletePerson(a, t.personId) },
  { action: "person.delete", fn: "listDeletedPeople", run: (a) => listDeletedPeople(a) },
  { action: "article.delete", fn: "listDeletedArticles", run: (a) => listDeletedArticles(a) },
  { action: "article.delete", fn: "listDeleted", run: (a) => listDeleted(a) },
  { action: "person.delete", fn: "restorePerson", prepare: deleted, run: (a, t) => restorePerson(a, t.personId) },
  {
    action: "countryStance.delete",
    fn: "deleteCountryStance",
    prepare: live,
    run: (a, t) => deleteCountryStance(a, t.countryStanceId),
  },
  {
    action: "countryStance.delete",
    fn: "restoreCountryStance",
    prepare: deleted,
    run: (a, t) => restoreCountryStance(a, t.countryStanceId),
  },
  {
    action: "countryStance.delete",
    fn: "restoreEntity",
    variant: "history page",
    prepare: deleted,
    run: (a, t) => restoreEntity(a, "CountryStance", String(t.countryStanceId)),
  },
  {
    action: "history.read",
    fn: "getEntityHistory",
    variant: "Article",
    prepare: live,
    run: (a, t) => getEntityHistory(a, { entityType: "Article", entityId: String(t.articleId) }),
  },
  { action: "audit.read", fn: "listAuditEvents", run: (a) => listAuditEvents(a) },
];
