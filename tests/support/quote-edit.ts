// The save a workspace would send for a stored quote unchanged but for `changes`: how integration tests correct or
// recode a quote through saveQuote as an editor would.
import type { Quote, Stance } from "@/lib/generated/prisma/client";
import type { QuoteInput } from "@/lib/quotes/schemas";
import { toIsoDay } from "@/lib/dates";

type StoredQuote = Pick<
  Quote,
  | "id"
  | "version"
  | "articleId"
  | "startOffset"
  | "endOffset"
  | "text"
  | "speakerId"
  | "speakerCountryId"
  | "attribution"
  | "statedOn"
  | "statedOnPrecision"
  | "statedOnReported"
> & { stances: Pick<Stance, "dimensionId" | "positionId" | "holderCountryId" | "strength" | "deletedAt">[] };

export const quoteEdit = (quote: StoredQuote, changes: Partial<QuoteInput> = {}): QuoteInput => ({
  id: quote.id,
  version: quote.version,
  articleId: quote.articleId,
  startOffset: quote.startOffset,
  endOffset: quote.endOffset,
  text: quote.text,
  speakerId: quote.speakerId,
  speakerLabel: null,
  speakerCountryId: quote.speakerCountryId,
  attribution: quote.attribution,
  statedOn: toIsoDay(quote.statedOn),
  statedOnPrecision: quote.statedOnPrecision,
  statedOnReported: quote.statedOnReported,
  stances: quote.stances
    .filter((stance) => stance.deletedAt === null)
    .map(({ dimensionId, positionId, holderCountryId, strength }) => ({
      dimensionId,
      positionId,
      holderCountryId,
      strength,
    })),
  ...changes,
});
