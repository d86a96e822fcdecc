// What the workspace shows of a published quote with an open correction: the correction's content over the live
// quote, and the revision's status. Editors continue the correction from there; the public reads the live row.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { atPrecision, firstDayOf } from "@/lib/dates";
import { inferSpeakerKind, type QuoteValues } from "./schemas";
import type { WorkspaceQuote } from "./workspace-quote";

/** A published quote's editable content: the save schema's fields without id and version. */
export type QuoteContent = Omit<QuoteValues, "id" | "version" | "origin">;

export function quoteContent(quote: WorkspaceQuote, articleId: number): QuoteContent {
  return {
    articleId,
    startOffset: quote.startOffset,
    endOffset: quote.endOffset,
    text: quote.text,
    speakerKind: quote.speakerKind,
    speakerId: quote.speakerId,
    speakerOrganizationId: quote.speakerOrganizationId,
    speakerLabel: quote.speakerLabel,
    speakerCountryId: quote.speakerCountryId,
    attribution: quote.attribution,
    statedOn: quote.statedOn,
    statedOnPrecision: quote.statedOnPrecision,
    statedOnReported: quote.statedOnReported,
    statementId: quote.statementId,
    stances: quote.stances.map(({ dimensionId, positionId, holderCountryId, strength }) => ({
      dimensionId,
      positionId,
      holderCountryId,
      strength,
    })),
  };
}

/** The quotes with each open correction laid over its live quote (one query for all of them, two for names). */
export async function withOpenRevisions(
  quotes: WorkspaceQuote[],
  client: Prisma.TransactionClient = db,
): Promise<WorkspaceQuote[]> {
  const published = quotes.filter((quote) => quote.status === "published").map((quote) => quote.id);
  if (published.length === 0) return quotes;
  const revisions = await client.revision.findMany({
    where: { entityType: "Quote", entityId: { in: published }, status: { in: ["draft", "in_review", "returned"] } },
    select: { id: true, entityId: true, status: true, version: true, reviewComment: true, payload: true },
  });
  if (revisions.length === 0) return quotes;
  const payloads = revisions.map((revision) => revision.payload as QuoteContent);
  const [people, organizations] = await Promise.all([
    client.person.findMany({
      where: { id: { in: payloads.map((p) => p.speakerId).filter((id) => id !== null) } },
      select: { id: true, name: true },
    }),
    client.organization.findMany({
      where: { id: { in: payloads.map((p) => p.speakerOrganizationId).filter((id) => id !== null) } },
      select: { id: true, name: true },
    }),
  ]);
  const byQuote = new Map(revisions.map((revision) => [revision.entityId, revision]));
  return quotes.map((quote) => {
    const revision = byQuote.get(quote.id);
    if (!revision) return quote;
    const content = revision.payload as QuoteContent;
    const speakerKind = content.speakerKind ?? inferSpeakerKind(content);
    return {
      ...quote,
      startOffset: content.startOffset,
      endOffset: content.endOffset,
      text: content.text,
      speakerKind,
      speakerId: content.speakerId,
      speakerName: people.find((person) => person.id === content.speakerId)?.name ?? null,
      speakerOrganizationId: content.speakerOrganizationId,
      speakerOrganizationName: organizations.find((org) => org.id === content.speakerOrganizationId)?.name ?? null,
      speakerLabel: content.speakerLabel,
      speakerCountryId: content.speakerCountryId,
      attribution: content.attribution,
      statedOn: atPrecision(firstDayOf(content.statedOn, content.statedOnPrecision), content.statedOnPrecision),
      statedOnPrecision: content.statedOnPrecision,
      statedOnReported: content.statedOnReported,
      stances: content.stances,
      revision: {
        id: revision.id,
        status: revision.status as "draft" | "in_review" | "returned",
        version: revision.version,
        reviewComment: revision.reviewComment,
      },
    };
  });
}
