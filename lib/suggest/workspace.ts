// Suggestions in the annotation workspace (#17): the engine's proposals for an article, less what an editor
// rejected there and what is already marked; accepting one saves it as a draft quote with everything filled in
// (never published: it is submitted and reviewed like any other); rejecting one keeps it from coming back.
// Every function checks `quote.edit`: suggestions are part of coding.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { parseInput } from "@/lib/validation";
import { writeQuote } from "@/lib/quotes/write-quote";
import { atPrecision } from "@/lib/dates";
import { quoteInputSchema, type AttributionKind, type DatePrecision, type SpeakerKind } from "@/lib/quotes/schemas";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { WorkspaceQuote } from "@/lib/quotes/queries";
import { workspaceQuoteWhere } from "@/lib/double-coding/visibility";
import { loadSuggestContext } from "./load-context";
import { suggestionRefSchema, type SuggestionRef } from "./schemas";
import { suggest } from "./suggest";
import type { Suggestion } from "./types";
import { toIsoDay } from "@/lib/dates";

type Tx = Prisma.TransactionClient;

export interface WorkspaceSuggestionStance {
  dimensionId: number;
  positionId: number;
  holderCountryId: number;
  strength: "explicit" | "implied";
  confidence: number;
}

/** A suggestion as the workspace shows it and saves it: the codebook's and the tracker's ids, not codes. */
export interface WorkspaceSuggestion {
  startOffset: number;
  endOffset: number;
  text: string;
  speakerKind: SpeakerKind;
  /** The speaker as the text names them (a person, an organization, the outlet, an unnamed source). */
  speakerName: string;
  speakerId: number | null;
  speakerOrganizationId: number | null;
  speakerCountryId: number | null;
  speakerCountryCode: string | null;
  attribution: AttributionKind;
  /** At its precision: "2021-09-03", "2021-09" or "2021". */
  statedOn: string;
  statedOnPrecision: DatePrecision;
  statedOnReported: boolean;
  stances: WorkspaceSuggestionStance[];
  score: number;
  /** A named person the tracker does not know yet: the editor chooses or creates them before saving. */
  needsPerson: boolean;
}

export interface ArticleSuggestions {
  suggestions: WorkspaceSuggestion[];
  /** Why there are none, when the engine declined (an article in another language). */
  message: string | null;
}

async function computeSuggestions(articleId: number, user: SessionUser): Promise<ArticleSuggestions> {
  // While an article is double-coded blind, what another coder marked or rejected must not show through.
  const blind = await db.doubleCoding.findFirst({ where: { articleId, completedAt: null }, select: { id: true } });
  const article = await db.article.findFirst({
    where: { id: articleId, deletedAt: null },
    select: {
      id: true,
      body: true,
      publishedOn: true,
      outlet: { select: { name: true } },
      quotes: {
        where: { deletedAt: null, ...workspaceQuoteWhere(user) },
        select: { startOffset: true, endOffset: true },
      },
      rejectedSuggestions: {
        where: blind ? { rejectedById: user.id } : {},
        select: { startOffset: true, endOffset: true, text: true },
      },
    },
  });
  if (!article) throw new AppError("NOT_FOUND", "No such article.");
  const [context, countries, positions] = await Promise.all([
    loadSuggestContext(db),
    db.country.findMany({ select: { id: true, code: true } }),
    db.position.findMany({
      where: { retired: false, dimension: { retired: false } },
      select: { id: true, key: true, dimensionId: true, dimension: { select: { key: true } } },
    }),
  ]);
  const result = suggest(
    {
      text: article.body,
      publishedOn: toIsoDay(article.publishedOn),
      outlet: article.outlet?.name ?? null,
      articleId: article.id,
    },
    context,
  );
  const countryId = new Map(countries.map((country) => [country.code, country.id]));
  const positionOf = new Map(positions.map((position) => [`${position.dimension.key}:${position.key}`, position]));
  const marked = (suggestion: Suggestion) =>
    article.quotes.some((quote) => overlapsHalf(quote, suggestion)) ||
    article.rejectedSuggestions.some(
      (rejected) =>
        rejected.text === suggestion.exact ||
        (rejected.startOffset === suggestion.start && rejected.endOffset === suggestion.end),
    );
  const suggestions = result.suggestions
    .filter((suggestion) => !marked(suggestion))
    .map((suggestion) => toWorkspaceSuggestion(suggestion, countryId, positionOf));
  return { suggestions, message: "message" in result ? result.message : null };
}

function overlapsHalf(quote: { startOffset: number; endOffset: number }, suggestion: Suggestion): boolean {
  const shared = Math.min(quote.endOffset, suggestion.end) - Math.max(quote.startOffset, suggestion.start);
  return shared > 0 && shared * 2 >= Math.min(quote.endOffset - quote.startOffset, suggestion.end - suggestion.start);
}

function toWorkspaceSuggestion(
  suggestion: Suggestion,
  countryId: Map<string, number>,
  positionOf: Map<string, { id: number; dimensionId: number }>,
): WorkspaceSuggestion {
  const speakerCountryId = suggestion.speakerCountry ? (countryId.get(suggestion.speakerCountry) ?? null) : null;
  const stances: WorkspaceSuggestionStance[] = [];
  for (const stance of suggestion.stances) {
    const position = positionOf.get(`${stance.dimension}:${stance.position}`);
    // A stance needs a holder: the text's, else the speaker's country; an analyst's general view has neither.
    const holderCountryId = stance.holder ? (countryId.get(stance.holder) ?? null) : speakerCountryId;
    if (!position || holderCountryId == null) continue;
    stances.push({
      dimensionId: position.dimensionId,
      positionId: position.id,
      holderCountryId,
      strength: stance.strength,
      confidence: stance.confidence,
    });
  }
  const { speaker } = suggestion;
  return {
    startOffset: suggestion.start,
    endOffset: suggestion.end,
    text: suggestion.exact,
    speakerKind: speaker.kind,
    speakerName: speaker.name,
    speakerId: speaker.personId,
    speakerOrganizationId: speaker.organizationId,
    speakerCountryId,
    speakerCountryCode: suggestion.speakerCountry,
    attribution: suggestion.attribution,
    statedOn: atPrecision(suggestion.statedOn, suggestion.precision),
    statedOnPrecision: suggestion.precision,
    statedOnReported: suggestion.reportedOn,
    stances,
    score: suggestion.score,
    needsPerson: speaker.kind === "person" && speaker.personId == null,
  };
}

/** The suggestions for an article the editor is coding. */
export async function getArticleSuggestions(user: SessionUser | null, articleId: number): Promise<ArticleSuggestions> {
  assertCan(user, "quote.edit");
  if (!Number.isSafeInteger(articleId)) throw new AppError("NOT_FOUND", "No such article.");
  return computeSuggestions(articleId, user);
}

async function findSuggestion(user: SessionUser, ref: SuggestionRef): Promise<WorkspaceSuggestion> {
  const { suggestions } = await computeSuggestions(ref.articleId, user);
  const found = suggestions.find(
    (suggestion) => suggestion.startOffset === ref.startOffset && suggestion.endOffset === ref.endOffset,
  );
  if (!found)
    throw new AppError("NOT_FOUND", "This suggestion is no longer offered (marked, rejected or the text changed).");
  return found;
}

/** Rejects a suggestion: it is not proposed again for this article. */
export async function rejectSuggestion(user: SessionUser | null, raw: SuggestionRef): Promise<void> {
  assertCan(user, "quote.edit");
  const ref = parseInput(suggestionRefSchema, raw);
  const suggestion = await findSuggestion(user, ref);
  await db.$transaction(async (tx) => {
    const rejected = await tx.rejectedSuggestion.upsert({
      where: {
        articleId_startOffset_endOffset: {
          articleId: ref.articleId,
          startOffset: ref.startOffset,
          endOffset: ref.endOffset,
        },
      },
      create: { ...ref, text: suggestion.text, rejectedById: user.id },
      update: {},
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: user,
      action: "reject",
      entityType: "RejectedSuggestion",
      entityId: rejected.id,
      after: { ...ref, text: suggestion.text, speaker: suggestion.speakerName },
    });
  });
}

/**
 * Accepts a suggestion as it is: a draft quote with its span, speaker, country, attribution, date and stances,
 * recorded as coming from a suggestion, in one transaction. A speaking organization the tracker lacks is added
 * with it (name and country); a named person it lacks is not: the editor chooses or creates them in the panel.
 */
export async function acceptSuggestion(user: SessionUser | null, raw: SuggestionRef): Promise<WorkspaceQuote> {
  assertCan(user, "quote.edit");
  const ref = parseInput(suggestionRefSchema, raw);
  const suggestion = await findSuggestion(user, ref);
  if (suggestion.needsPerson) {
    throw new AppError("INVALID_INPUT", `${suggestion.speakerName} is not in the tracker yet: choose or create them.`, {
      fields: { speakerId: [`Choose or create ${suggestion.speakerName}.`] },
    });
  }
  const input = parseInput(quoteInputSchema, {
    articleId: ref.articleId,
    startOffset: suggestion.startOffset,
    endOffset: suggestion.endOffset,
    text: suggestion.text,
    speakerKind: suggestion.speakerKind,
    speakerId: suggestion.speakerId,
    speakerOrganizationId: suggestion.speakerOrganizationId,
    speakerLabel: suggestion.speakerKind === "unnamed" ? suggestion.speakerName : null,
    speakerCountryId: suggestion.speakerCountryId,
    attribution: suggestion.attribution,
    statedOn: suggestion.statedOn,
    statedOnPrecision: suggestion.statedOnPrecision,
    statedOnReported: suggestion.statedOnReported,
    stances: suggestion.stances.map(({ dimensionId, positionId, holderCountryId, strength }) => ({
      dimensionId,
      positionId,
      holderCountryId,
      strength,
    })),
    origin: "suggestion",
    // An organization the tracker lacks is added below, in the same transaction as the quote.
    ...(suggestion.speakerKind === "organization" && suggestion.speakerOrganizationId == null
      ? { speakerKind: "unnamed", speakerLabel: suggestion.speakerName }
      : {}),
  });
  return db.$transaction(async (tx) => {
    if (suggestion.speakerKind === "organization" && suggestion.speakerOrganizationId == null) {
      const speakerOrganizationId = await addOrganization(
        tx,
        user,
        suggestion.speakerName,
        suggestion.speakerCountryId,
      );
      return writeQuote(tx, user, { ...input, speakerKind: "organization", speakerOrganizationId, speakerLabel: null });
    }
    return writeQuote(tx, user, input);
  });
}

/** The organization of that name and country, added when the tracker does not have it yet. */
async function addOrganization(tx: Tx, user: SessionUser, name: string, countryId: number | null): Promise<number> {
  const found = await tx.organization.findFirst({ where: { name, countryId }, select: { id: true } });
  if (found) return found.id;
  const created = await tx.organization.create({ data: { name, countryId }, select: { id: true } });
  await recordAudit(tx, {
    actor: user,
    action: "create",
    entityType: "Organization",
    entityId: created.id,
    after: { name, countryId },
  });
  return created.id;
}
