// Deleting and restoring records, and reading their history and the audit trail.
import { deleteArticle, restoreArticle } from "@/lib/articles/mutations";
import { deleteQuote, restoreQuote } from "@/lib/quotes/mutations";
import { deletePerson, restorePerson } from "@/lib/people/mutations";
import { deleteCountryStance, restoreCountryStance } from "@/lib/country-stances/mutations";
import { restoreEntity } from "@/lib/history/restore";
import { getEntityHistory, listAuditEvents } from "@/lib/history/queries";
import { deleted, live, type Case } from "./case";

export const RECORD_CASES: Case[] = [
  { action: "article.delete", fn: "deleteArticle", prepare: live, run: (a, t) => deleteArticle(a, t.articleId) },
  { action: "article.delete", fn: "restoreArticle", prepare: deleted, run: (a, t) => restoreArticle(a, t.articleId) },
  { action: "quote.delete", fn: "deleteQuote", prepare: live, run: (a, t) => deleteQuote(a, t.quoteId) },
  { action: "quote.delete", fn: "restoreQuote", prepare: deleted, run: (a, t) => restoreQuote(a, t.quoteId) },
  { action: "person.delete", fn: "deletePerson", prepare: live, run: (a, t) => deletePerson(a, t.personId) },
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
