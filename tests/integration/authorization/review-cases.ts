// Review: submitting, returning, approving (one quote or a whole article's), publishing articles, and the queue.
// Approving and publishing need a second editor: the records are another editor's, so editors succeed; the
// "own work" cases make the actor the author or an editor of it (a contributor), which only an admin may approve
// or publish, and only with a reason (an override).
import { assertMayPublish } from "@/lib/auth/permissions";
import { submitForReview, submitQuote } from "@/lib/review/submit";
import { saveAndSubmitQuote } from "@/lib/review/save-and-submit";
import { returnToAuthor } from "@/lib/review/return";
import { approve } from "@/lib/review/approve";
import { bulkApproveArticle } from "@/lib/review/bulk-approve";
import { publishArticle, unpublishArticle } from "@/lib/review/publish-article";
import { getReviewFilterOptions, listReviewQueue } from "@/lib/review/queries";
import { getReviewPage } from "@/lib/review/review-page";
import { reviewQueueFilterSchema } from "@/lib/review/schemas";
import { live, records, type Case } from "./case";

const inReview = records({ quote: { status: "in_review", author: "another editor" } });
const ownInReview = records({ quote: { status: "in_review", author: "the actor" } });
const editedInReview = records({ quote: { status: "in_review", author: "another editor, edited by the actor" } });
const draftArticle = records({ article: { status: "draft", author: "another editor" } });
const ownDraftArticle = records({ article: { status: "draft", author: "the actor" } });
const publishedArticle = records({ article: { status: "published", author: "another editor" } });

export const REVIEW_CASES: Case[] = [
  {
    action: "quote.edit",
    fn: "submitForReview",
    variant: "quote",
    prepare: live,
    run: (a, t) => submitForReview(a, { kind: "quote", id: t.quoteId, version: t.quoteVersion }),
  },
  {
    action: "countryStance.edit",
    fn: "submitForReview",
    variant: "country stance record",
    prepare: live,
    run: (a, t) =>
      submitForReview(a, { kind: "countryStance", id: t.countryStanceId, version: t.countryStanceVersion }),
  },
  {
    action: "quote.edit",
    fn: "submitQuote",
    prepare: live,
    run: (a, t) => submitQuote(a, { id: t.quoteId, version: t.quoteVersion }),
  },
  {
    action: "quote.edit",
    fn: "saveAndSubmitQuote",
    prepare: live,
    run: (a, t) =>
      saveAndSubmitQuote(a, {
        articleId: t.articleId,
        startOffset: 0,
        endOffset: 4,
        text: "Test",
        speakerId: t.personId,
        speakerLabel: null,
        speakerCountryId: null,
        attribution: "on_record",
        statedOn: "2021-10-27",
        stances: [],
      }),
  },
  {
    action: "review.publish",
    fn: "returnToAuthor",
    prepare: inReview,
    run: (a, t) =>
      returnToAuthor(a, { kind: "quote", id: t.quoteId, version: t.quoteVersion, comment: "Check the speaker." }),
  },
  {
    action: "review.publish",
    fn: "approve",
    variant: "another's quote",
    prepare: inReview,
    run: (a, t) => approve(a, { kind: "quote", id: t.quoteId, version: t.quoteVersion }),
  },
  {
    action: "review.publishOwn",
    fn: "approve",
    variant: "own quote, override with a reason",
    prepare: ownInReview,
    run: (a, t) =>
      approve(a, { kind: "quote", id: t.quoteId, version: t.quoteVersion, overrideReason: "Legal correction" }),
  },
  {
    action: "review.publishOwn",
    fn: "approve",
    variant: "own quote, override without a reason",
    allowed: [],
    prepare: ownInReview,
    run: (a, t) => approve(a, { kind: "quote", id: t.quoteId, version: t.quoteVersion, overrideReason: "  " }),
  },
  {
    action: "review.publishOwn",
    fn: "approve",
    variant: "another's quote the actor edited: a contributor",
    allowed: [],
    prepare: editedInReview,
    run: (a, t) => approve(a, { kind: "quote", id: t.quoteId, version: t.quoteVersion }),
  },
  {
    action: "review.publishOwn",
    fn: "approve",
    variant: "another's quote the actor edited, override with a reason",
    prepare: editedInReview,
    run: (a, t) =>
      approve(a, { kind: "quote", id: t.quoteId, version: t.quoteVersion, overrideReason: "Legal correction" }),
  },
  {
    action: "review.publish",
    fn: "bulkApproveArticle",
    prepare: inReview,
    run: (a, t) =>
      bulkApproveArticle(a, { articleId: t.articleId, quotes: [{ id: t.quoteId, version: t.quoteVersion }] }),
  },
  {
    action: "review.publish",
    fn: "publishArticle",
    variant: "another's article",
    prepare: draftArticle,
    run: (a, t) => publishArticle(a, { articleId: t.articleId, version: t.articleVersion }),
  },
  {
    action: "review.publishOwn",
    fn: "publishArticle",
    variant: "own article, override with a reason",
    prepare: ownDraftArticle,
    run: (a, t) => publishArticle(a, { articleId: t.articleId, version: t.articleVersion, overrideReason: "Embargo" }),
  },
  {
    action: "review.publishOwn",
    fn: "publishArticle",
    variant: "own article, override without a reason",
    allowed: [],
    prepare: ownDraftArticle,
    run: (a, t) => publishArticle(a, { articleId: t.articleId, version: t.articleVersion }),
  },
  {
    action: "review.publish",
    fn: "unpublishArticle",
    prepare: publishedArticle,
    run: (a, t) => unpublishArticle(a, { articleId: t.articleId, version: t.articleVersion }),
  },
  {
    action: "review.publish",
    fn: "listReviewQueue",
    prepare: inReview,
    run: (a) => listReviewQueue(a, { view: "waiting" }),
  },
  { action: "review.publish", fn: "getReviewFilterOptions", prepare: inReview, run: (a) => getReviewFilterOptions(a) },
  {
    action: "review.publish",
    fn: "getReviewPage",
    prepare: inReview,
    run: (a) => getReviewPage(a, reviewQueueFilterSchema.parse({})),
  },
  {
    action: "review.publish",
    fn: "assertMayPublish",
    variant: "another's work",
    prepare: live,
    run: async (a, t) => assertMayPublish(a, [t.userId]),
  },
  {
    action: "review.publishOwn",
    fn: "assertMayPublish",
    variant: "own work, with a reason",
    run: async (a) => assertMayPublish(a, [a?.id ?? null], "Urgent legal correction"),
  },
  {
    action: "review.publishOwn",
    fn: "assertMayPublish",
    variant: "work the actor edited, without a reason",
    allowed: [],
    run: async (a) => assertMayPublish(a, ["someone else", a?.id ?? null]),
  },
];
