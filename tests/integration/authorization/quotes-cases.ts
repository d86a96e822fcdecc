// The annotation workspace: saving quotes, its reads, and finding or creating the people who speak.
import { saveQuote } from "@/lib/quotes/save-quote";
import { getAnnotationWorkspace, getWorkspaceQuote } from "@/lib/quotes/queries";
import { getAnnotatePage } from "@/lib/quotes/annotate-page";
import { searchPeople, roleOn } from "@/lib/people/queries";
import { createPerson } from "@/lib/people/create-person";
import { findSameStatementCandidates } from "@/lib/quotes/same-statement";
import { db } from "@/lib/db";
import { seedCountry } from "@/prisma/seed/countries";
import { caseWith, live, unique, type Case, type Target } from "./case";

/** The country a new person's role names (the workspace's confirmation asks for one). */
const korea = async () => ({
  countryId: (await seedCountry(db, { code: "KR", name: "Republic of Korea", shortName: "South Korea" })).id,
});

/** The article's first word ("Test article body …"), spoken by the records' person. */
const firstWord = (t: Target) => ({
  articleId: t.articleId,
  startOffset: 0,
  endOffset: 4,
  text: "Test",
  speakerId: t.personId,
  speakerLabel: null,
  speakerCountryId: null,
  attribution: "on_record" as const,
  statedOn: "2021-10-27",
  stances: [],
});

export const QUOTE_CASES: Case[] = [
  {
    action: "quote.edit",
    fn: "saveQuote",
    variant: "new quote",
    prepare: live,
    run: (a, t) => saveQuote(a, firstWord(t)),
  },
  {
    action: "quote.edit",
    fn: "saveQuote",
    variant: "edit",
    prepare: live,
    run: (a, t) => saveQuote(a, { ...firstWord(t), id: t.quoteId, version: t.quoteVersion, attribution: "reported" }),
  },
  {
    action: "quote.edit",
    fn: "getAnnotationWorkspace",
    prepare: live,
    run: (a, t) => getAnnotationWorkspace(a, t.articleId),
  },
  { action: "quote.edit", fn: "getAnnotatePage", prepare: live, run: (a, t) => getAnnotatePage(a, t.articleId) },
  { action: "quote.edit", fn: "getWorkspaceQuote", prepare: live, run: (a, t) => getWorkspaceQuote(a, t.quoteId) },
  { action: "quote.edit", fn: "searchPeople", prepare: live, run: (a) => searchPeople(a, "Person") },
  { action: "quote.edit", fn: "roleOn", prepare: live, run: (a, t) => roleOn(a, t.personId, "2021-10-27") },
  caseWith({
    action: "person.edit",
    fn: "createPerson",
    prepare: korea,
    run: (a, t) =>
      createPerson(a, {
        name: `Kim Test ${unique()}`,
        title: "Adviser",
        countryId: t.countryId,
        startsOn: "",
        endsOn: "",
      }),
  }),
  {
    action: "quote.edit",
    fn: "findSameStatementCandidates",
    prepare: live,
    run: (a, t) =>
      findSameStatementCandidates(a, {
        articleId: t.articleId,
        speakerKind: "person",
        speakerId: t.personId,
        speakerOrganizationId: null,
        statedOn: "2021-10-27",
        text: "Test",
      }),
  },
];
