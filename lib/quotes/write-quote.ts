// Writing a quote with its stances inside the caller's transaction, with its audit event: saveQuote's path for
// drafts, and a revision's approval for published quotes. Edits are optimistic: the update only applies to the
// version the editor started from; when another editor saved first, nothing is written and CONFLICT carries
// their version, so the workspace can show it and let the editor choose.
import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma, QuoteOrigin } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { withContributor } from "@/lib/revisions/contributors";
import { describeSpan } from "@/lib/anchoring/text-span";
import { firstDayOf, fromIsoDay, toIsoDay } from "@/lib/dates";
import { inferSpeakerKind, type QuoteValues, type StanceInput } from "./schemas";
import { dropStatementIfEmpty, statementFor } from "./statements";
import { toWorkspaceQuotes, workspaceQuoteSelect, type WorkspaceQuote } from "./queries";
import { assertCodingQuoteWritable, codingForNewQuote } from "@/lib/double-coding/coding-slot";
import { workspaceQuoteWhere } from "@/lib/double-coding/visibility";
import { reviewSelect, type ReviewRecord } from "@/lib/revisions/review-record";

type Tx = Prisma.TransactionClient;

/**
 * Writes a quote and its stances, inside the caller's transaction: the save action's path for drafts, and the
 * approval of a revision's path for published quotes (then `contributorIds` are the revision's).
 */
export async function writeQuote(
  tx: Tx,
  user: SessionUser,
  input: QuoteValues,
  contributors: { addContributor: string } | { contributorIds: string[] } = { addContributor: user.id },
): Promise<WorkspaceQuote> {
  return (await writeQuoteForReview(tx, user, input, contributors)).quote;
}

/**
 * writeQuote, also giving what save and submit needs to send the quote to review without reading its row again:
 * the double coding it belongs to (null for none) and its review fields, read with the quote itself.
 */
export async function writeQuoteForReview(
  tx: Tx,
  user: SessionUser,
  input: QuoteValues,
  contributors: { addContributor: string } | { contributorIds: string[] } = { addContributor: user.id },
): Promise<{ quote: WorkspaceQuote; codingId: number | null; review: ReviewRecord }> {
  const article = await tx.article.findFirst({
    where: { id: input.articleId, deletedAt: null },
    select: { body: true },
  });
  if (!article) throw new AppError("NOT_FOUND", "No such article.");
  const anchor = cutQuote(article.body, input.startOffset, input.endOffset, input.text);
  const live = input.id === undefined ? null : await loadQuote(tx, user, input.id, input.articleId);
  const before = live?.quote ?? null;
  const speakerNames = await checkReferences(tx, input, before);
  const speakerKind = input.speakerKind ?? inferSpeakerKind(input);
  const statementId = await statementFor(tx, { ...input, speakerKind }, before);

  const fields = {
    startOffset: anchor.start,
    endOffset: anchor.end,
    text: anchor.text,
    prefix: anchor.prefix,
    suffix: anchor.suffix,
    orphanedAt: null,
    statementId,
    // Only the column of the speaker's kind is kept, so a quote never names two speakers.
    speakerKind,
    speakerId: speakerKind === "person" ? input.speakerId : null,
    speakerOrganizationId: speakerKind === "organization" ? input.speakerOrganizationId : null,
    speakerLabel: speakerKind === "person" || speakerKind === "organization" ? null : input.speakerLabel,
    speakerCountryId: input.speakerCountryId,
    attribution: input.attribution,
    statedOn: fromIsoDay(firstDayOf(input.statedOn, input.statedOnPrecision)),
    statedOnPrecision: input.statedOnPrecision,
    statedOnReported: input.statedOnReported,
  };
  let id: number;
  if (live && before) {
    const { contributorIds, origin } = live;
    // An accepted suggestion that an editor changes is counted as edited, so the tracker can tell how much
    // the suggestions help (#17).
    const edited = origin === "suggestion" && changedContent(before, { ...input, speakerKind }, fields.statedOn);
    const updated = await tx.quote.updateMany({
      where: { id: before.id, version: input.version, deletedAt: null },
      data: {
        ...fields,
        ...(edited ? { origin: "suggestion_edited" as const } : {}),
        contributorIds:
          "addContributor" in contributors
            ? withContributor(contributorIds, contributors.addContributor)
            : contributors.contributorIds,
        version: { increment: 1 },
      },
    });
    if (updated.count === 0) throw conflict(before);
    id = before.id;
    await replaceStances(tx, id, before.stances, input.stances);
    if (before.statementId !== statementId) await dropStatementIfEmpty(tx, before.statementId);
  } else {
    id = (
      await tx.quote.create({
        data: {
          ...fields,
          origin: input.origin,
          articleId: input.articleId,
          authorId: user.id,
          contributorIds:
            "addContributor" in contributors ? [contributors.addContributor] : contributors.contributorIds,
          codingId: await codingForNewQuote(tx, user, input.articleId),
        },
        select: { id: true },
      })
    ).id;
    await tx.stance.createMany({ data: input.stances.map((stance) => ({ ...stance, quoteId: id })) });
  }
  const { codingId, authorId, contributorIds, reviewerId, deletedAt, ...read } = await tx.quote.findUniqueOrThrow({
    where: { id },
    select: { ...readBackSelect, ...reviewSelect, codingId: true },
  });
  // The speaker's name was read when it was checked above, and the quote names only the speaker of its kind.
  const row = {
    ...read,
    speaker: read.speakerId === null ? null : { name: speakerNames.person ?? "" },
    speakerOrganization: read.speakerOrganizationId === null ? null : { name: speakerNames.organization ?? "" },
  };
  const [after] = await toWorkspaceQuotes(tx, [row]);
  await recordAudit(tx, {
    actor: user,
    action: before ? "update" : "create",
    entityType: "Quote",
    entityId: id,
    before: before ? { ...before } : null,
    after: { ...after },
  });
  return {
    quote: after,
    codingId,
    review: {
      id,
      status: row.status,
      version: row.version,
      authorId,
      contributorIds,
      reviewerId,
      reviewComment: row.reviewComment,
      deletedAt,
    },
  };
}

/**
 * Every check writeQuote makes, without writing: for a correction saved as a revision, so a bad one is refused
 * when it is saved, not when a reviewer approves it. Returns the live quote.
 */
export async function checkQuote(tx: Tx, user: SessionUser, input: QuoteValues): Promise<WorkspaceQuote> {
  const article = await tx.article.findFirst({
    where: { id: input.articleId, deletedAt: null },
    select: { body: true },
  });
  if (!article) throw new AppError("NOT_FOUND", "No such article.");
  cutQuote(article.body, input.startOffset, input.endOffset, input.text);
  if (input.id === undefined) throw new AppError("NOT_FOUND", "No such quote.");
  const { quote: before } = await loadQuote(tx, user, input.id, input.articleId);
  await checkReferences(tx, { ...input, version: before.version }, before);
  if (input.statementId !== undefined && input.statementId !== null && input.statementId !== before.statementId)
    await statementFor(tx, { ...input, speakerKind: input.speakerKind ?? inferSpeakerKind(input) }, before);
  return before;
}

/** The quote's span and context, after checking that the offsets cut exactly `text` out of the body. */
function cutQuote(body: string, start: number, end: number, text: string) {
  if (end > body.length) {
    throw new AppError("INVALID_INPUT", "The selection lies outside the article.", {
      fields: {
        endOffset: [
          `The article has ${body.length} characters; the quote cannot end at ${end}. Select the text again.`,
        ],
      },
    });
  }
  let anchor;
  try {
    anchor = describeSpan(body, start, end);
  } catch (error) {
    throw new AppError("INVALID_INPUT", "The selection cuts a character in half.", {
      fields: { startOffset: [(error as Error).message] },
    });
  }
  if (anchor.text !== text) {
    throw new AppError("INVALID_INPUT", "The quote's text is not what the article says at its offsets.", {
      fields: {
        text: [
          `The article has "${abbreviate(anchor.text)}" at ${start}–${end}; reload the article and select the text again.`,
        ],
      },
    });
  }
  return anchor;
}

/** The live quote as the workspace shows it, with the fields an edit carries over (read in the same statement). */
async function loadQuote(
  tx: Tx,
  user: SessionUser,
  id: number,
  articleId: number,
): Promise<{ quote: WorkspaceQuote; contributorIds: string[]; origin: QuoteOrigin }> {
  const quote = await tx.quote.findFirst({
    where: { id, articleId, deletedAt: null, ...workspaceQuoteWhere(user) },
    select: { ...workspaceQuoteSelect, codingId: true, authorId: true, contributorIds: true, origin: true },
  });
  if (!quote) throw new AppError("NOT_FOUND", "This quote no longer exists; it may have been deleted.");
  await assertCodingQuoteWritable(tx, user, quote);
  const { codingId: _coding, authorId: _author, contributorIds, origin, ...shown } = quote;
  const [shownQuote] = await toWorkspaceQuotes(tx, [shown]);
  return { quote: shownQuote, contributorIds, origin };
}

function conflict(mine: WorkspaceQuote): AppError {
  return new AppError("CONFLICT", "Another editor saved this quote while you were editing it.", {
    data: { current: mine },
  });
}

/** The quote as the workspace shows it, read back after the write, without the speaker's names (known already). */
const { speaker: _speaker, speakerOrganization: _organization, ...readBackSelect } = workspaceQuoteSelect;

/**
 * Speaker, countries and positions must exist; a position belongs to its dimension; retired dimensions and
 * positions are closed to new coding, but a stance the quote already had keeps its retired position. Returns the
 * names of the person and organization named, read with the check.
 */
async function checkReferences(
  tx: Tx,
  input: QuoteValues,
  before: WorkspaceQuote | null,
): Promise<{ person: string | null; organization: string | null }> {
  const names = { person: null as string | null, organization: null as string | null };
  if (before && before.version !== input.version) {
    // Read inside the transaction: fail early with the other editor's version instead of after the checks.
    throw conflict(before);
  }
  const fields: Record<string, string[]> = {};
  if (input.speakerId !== null) {
    const speaker = await tx.person.findFirst({
      where: { id: input.speakerId, deletedAt: null, mergedIntoId: null },
      select: { name: true },
    });
    if (!speaker) fields.speakerId = ["This person no longer exists (deleted or merged); choose the speaker again."];
    names.person = speaker?.name ?? null;
  }
  if (input.speakerOrganizationId !== null) {
    const organization = await tx.organization.findUnique({
      where: { id: input.speakerOrganizationId },
      select: { name: true },
    });
    if (!organization) fields.speakerOrganizationId = ["No such organization; choose it from the list."];
    names.organization = organization?.name ?? null;
  }
  const countryIds = [
    ...new Set([input.speakerCountryId, ...input.stances.map((stance) => stance.holderCountryId)]),
  ].filter((id) => id !== null);
  const countries = new Set(
    (await tx.country.findMany({ where: { id: { in: countryIds } }, select: { id: true } })).map((c) => c.id),
  );
  if (input.speakerCountryId !== null && !countries.has(input.speakerCountryId))
    fields.speakerCountryId = ["Choose a country from the list."];

  const positions = await tx.position.findMany({
    where: { id: { in: input.stances.map((stance) => stance.positionId) } },
    select: {
      id: true,
      dimensionId: true,
      retired: true,
      label: true,
      dimension: { select: { retired: true, label: true } },
    },
  });
  const byId = new Map(positions.map((position) => [position.id, position]));
  input.stances.forEach((stance, index) => {
    const position = byId.get(stance.positionId);
    const kept = before?.stances.some(
      (old) => old.dimensionId === stance.dimensionId && old.positionId === stance.positionId,
    );
    if (!position || position.dimensionId !== stance.dimensionId) {
      fields[`stances.${index}.positionId`] = ["This position does not belong to its dimension; choose it again."];
    } else if ((position.retired || position.dimension.retired) && !kept) {
      fields[`stances.${index}.positionId`] = [
        `"${position.label}" is retired from the codebook; choose a current position.`,
      ];
    }
    if (!countries.has(stance.holderCountryId))
      fields[`stances.${index}.holderCountryId`] = ["Choose a country from the list."];
  });
  if (Object.keys(fields).length > 0) throw new AppError("INVALID_INPUT", "Some fields need attention.", { fields });
  return names;
}

/** Keeps stances that did not change, soft-deletes the ones removed, adds the new ones. */
async function replaceStances(tx: Tx, quoteId: number, old: StanceInput[], next: StanceInput[]) {
  const key = (stance: StanceInput) =>
    `${stance.dimensionId}/${stance.positionId}/${stance.holderCountryId}/${stance.strength}`;
  const nextKeys = new Set(next.map(key));
  const oldKeys = new Set(old.map(key));
  for (const stance of old.filter((stance) => !nextKeys.has(key(stance)))) {
    await tx.stance.updateMany({ where: { quoteId, ...stance, deletedAt: null }, data: { deletedAt: new Date() } });
  }
  const added = next.filter((stance) => !oldKeys.has(key(stance)));
  if (added.length > 0) await tx.stance.createMany({ data: added.map((stance) => ({ ...stance, quoteId })) });
}

/** Whether an edit changes what the quote says: its span, speaker, country, attribution, date or stances. */
function changedContent(before: WorkspaceQuote, next: QuoteValues, statedOn: Date): boolean {
  const stanceKeys = (stances: StanceInput[]) =>
    stances
      .map((stance) => `${stance.dimensionId}/${stance.positionId}/${stance.holderCountryId}/${stance.strength}`)
      .sort()
      .join(",");
  return (
    before.startOffset !== next.startOffset ||
    before.endOffset !== next.endOffset ||
    before.speakerKind !== next.speakerKind ||
    before.speakerId !== (next.speakerKind === "person" ? next.speakerId : null) ||
    before.speakerOrganizationId !== (next.speakerKind === "organization" ? next.speakerOrganizationId : null) ||
    before.speakerCountryId !== next.speakerCountryId ||
    before.attribution !== next.attribution ||
    before.statedOnPrecision !== next.statedOnPrecision ||
    firstDayOf(before.statedOn, before.statedOnPrecision) !== toIsoDay(statedOn) ||
    stanceKeys(before.stances) !== stanceKeys(next.stances)
  );
}

function abbreviate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
