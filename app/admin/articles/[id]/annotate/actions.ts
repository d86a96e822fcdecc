"use server";
// The annotation workspace's server actions: parse, call lib, return data (dataAction in lib/actions.ts).
import { z } from "zod";
import { dataAction, formAction } from "@/lib/actions";
import { articleRefSchema, suggestionRefSchema } from "@/lib/suggest/schemas";
import { acceptSuggestion, getArticleSuggestions, rejectSuggestion } from "@/lib/suggest/workspace";
import { submitCoding } from "@/lib/double-coding/mutations";
import { submitCodingSchema } from "@/lib/double-coding/schemas";
import { revalidatePath } from "next/cache";
import { quoteInputSchema, quoteRefSchema } from "@/lib/quotes/schemas";
import { saveQuote } from "@/lib/quotes/save-quote";
import { findSameStatementCandidates, sameStatementQuerySchema } from "@/lib/quotes/same-statement";
import { deleteQuote, restoreQuote } from "@/lib/quotes/mutations";
import { getWorkspaceQuote } from "@/lib/quotes/queries";
import { submitQuote } from "@/lib/review/submit";
import { saveAndSubmitQuote } from "@/lib/review/save-and-submit";
import { peopleSearchSchema, personCreateSchema } from "@/lib/people/schemas";
import { roleOn, searchPeople } from "@/lib/people/queries";
import { createPerson } from "@/lib/people/create-person";
import { saveOrganization } from "@/lib/countries/organizations";
import { organizationSaveSchema } from "@/lib/countries/schemas";
import { articleBodyCorrectionSchema, updateArticleBody } from "@/lib/articles/update-body";
import { submitRevision } from "@/lib/review/revisions";
import { revisionTargetSchema } from "@/lib/revisions/schemas";

export const getSuggestionsAction = dataAction(articleRefSchema, (input, user) =>
  getArticleSuggestions(user, input.articleId),
);

export const acceptSuggestionAction = dataAction(suggestionRefSchema, (input, user) => acceptSuggestion(user, input));

export const rejectSuggestionAction = dataAction(suggestionRefSchema, (input, user) => rejectSuggestion(user, input));

const idSchema = z.object({ id: z.number().int().positive() });

export const saveQuoteAction = dataAction(quoteInputSchema, (input, user) => saveQuote(user, input));

// Save and submit for review in one transaction; when the submission cannot be made the quote stays saved and the
// editor is told why (lib/review/save-and-submit.ts).
export const saveAndSubmitQuoteAction = dataAction(quoteInputSchema, (input, user) => saveAndSubmitQuote(user, input));

export const deleteQuoteAction = dataAction(idSchema, (input, user) => deleteQuote(user, input.id));

export const restoreQuoteAction = dataAction(idSchema, async (input, user) => {
  await restoreQuote(user, input.id);
  return getWorkspaceQuote(user, input.id);
});

export const reloadQuoteAction = dataAction(idSchema, (input, user) => getWorkspaceQuote(user, input.id));

export const submitQuoteAction = dataAction(quoteRefSchema, async (input, user) => {
  const { version } = await submitQuote(user, input);
  // For a published quote the correction went to review: the workspace shows the quote as the server has it.
  return { version, quote: await getWorkspaceQuote(user, input.id) };
});

export const searchPeopleAction = dataAction(peopleSearchSchema, (input, user) => searchPeople(user, input.q));

export const roleOnAction = dataAction(
  z.object({ personId: z.number().int().positive(), day: z.string() }),
  (input, user) => roleOn(user, input.personId, input.day),
);

// Both after the editor's confirmation in the workspace: a person with their role, a speaking organization.
export const createPersonAction = dataAction(personCreateSchema, (input, user) => createPerson(user, input));

export const createOrganizationAction = dataAction(organizationSaveSchema.omit({ id: true }), (input, user) =>
  saveOrganization(user, input),
);

export const updateBodyAction = dataAction(articleBodyCorrectionSchema, (input, user) =>
  updateArticleBody(user, input),
);

/** Sends a published article's text correction (a revision) for review by a second editor. */
export const submitCorrectionAction = dataAction(revisionTargetSchema, (input, user) => submitRevision(user, input));
export const submitCodingAction = formAction(submitCodingSchema, async (input, user) => {
  const { completed } = await submitCoding(user, input);
  revalidatePath("/admin/articles", "layout");
  return {
    ok: true,
    message: completed ? "Submitted. Both codings are in: they can be compared now." : "Submitted.",
  };
});

export const sameStatementAction = dataAction(sameStatementQuerySchema, (input, user) =>
  findSameStatementCandidates(user, input),
);
