// Builder for quotes and their stances. A quote is a span of its article: the same span seeded twice is one quote.
import { describeSpan, findSpan } from "@/lib/anchoring/text-span";
import type { AttributionKind, ReviewStatus } from "@/lib/generated/prisma/client";
import { countryId } from "./countries";
import { type Db, day, inTransaction, isoDay } from "./db";
import { positionId } from "./codebook";
import { roleCountryOn } from "./people";
import { reviewTimestamps } from "./review";

export interface StanceSeed {
  dimension: string;
  position: string;
  /** Code of the country whose stance this is; defaults to the speaker's country. */
  holder?: string;
  note?: string | null;
}

export interface QuoteSeed {
  articleId: number;
  /** The exact text as it appears in the body; the builder finds its offsets. */
  text: string;
  /** Which appearance of `text` is meant when it appears more than once (0-based). */
  occurrence?: number;
  speakerId?: number | null;
  /** Who spoke when no person is named ("a source in Seoul"). */
  speakerLabel?: string | null;
  /**
   * Country code of the speaker. Leave it out for a named speaker: it comes from the role they held on
   * `statedOn`, which is the rule the app applies too. Give it for unnamed speakers.
   */
  speakerCountry?: string | null;
  attribution?: AttributionKind;
  /** "YYYY-MM-DD"; defaults to the article's date. */
  statedOn?: string;
  status?: ReviewStatus;
  reviewComment?: string | null;
  authorId?: string | null;
  reviewerId?: string | null;
  submittedAt?: Date;
  reviewedAt?: Date;
  publishedAt?: Date;
  stances?: StanceSeed[];
}

/** Upserts the quote by article and offsets, and adds any of its stances not recorded yet, in one transaction. */
export function seedQuote(db: Db, seed: QuoteSeed) {
  return inTransaction(db, async (tx) => {
    const article = await tx.article.findUnique({
      where: { id: seed.articleId },
      select: { id: true, title: true, body: true, publishedOn: true },
    });
    if (!article) throw new Error(`No article ${seed.articleId} for the quote "${seed.text}".`);
    const span = findSpan(article.body, seed.text, seed.occurrence ?? 0);
    if (!span) {
      const which = seed.occurrence ? ` (occurrence ${seed.occurrence})` : "";
      throw new Error(`Quote not found in article ${article.id} "${article.title}"${which}: "${seed.text}"`);
    }
    const anchor = describeSpan(article.body, span.start, span.end);
    const statedOn = seed.statedOn ? day(seed.statedOn) : article.publishedOn;
    const speakerCountryId = await resolveSpeakerCountry(tx, seed, statedOn);

    const existing = await tx.quote.findFirst({
      where: { articleId: article.id, startOffset: span.start, endOffset: span.end },
      orderBy: { id: "asc" },
    });
    const status = seed.status ?? "draft";
    const fields = {
      text: anchor.text,
      prefix: anchor.prefix,
      suffix: anchor.suffix,
      speakerId: seed.speakerId ?? null,
      speakerLabel: seed.speakerLabel ?? null,
      speakerCountryId,
      attribution: seed.attribution ?? "on_record",
      statedOn,
      status,
      reviewComment: seed.reviewComment ?? null,
      authorId: seed.authorId ?? null,
      contributorIds: seed.authorId ? [seed.authorId] : [],
      reviewerId: seed.reviewerId ?? null,
      ...reviewTimestamps(status, seed, existing),
    };
    const quote = existing
      ? await tx.quote.update({ where: { id: existing.id }, data: fields })
      : await tx.quote.create({
          data: { articleId: article.id, startOffset: span.start, endOffset: span.end, ...fields },
        });

    for (const stance of seed.stances ?? []) {
      const holderCountryId = stance.holder ? await countryId(tx, stance.holder) : speakerCountryId;
      if (holderCountryId === null) {
        throw new Error(`The stance ${stance.dimension}=${stance.position} on "${seed.text}" needs a holder country.`);
      }
      const key = { quoteId: quote.id, holderCountryId, ...(await positionId(tx, stance.dimension, stance.position)) };
      const found = await tx.stance.findFirst({ where: { ...key, deletedAt: null }, select: { id: true } });
      if (found) await tx.stance.update({ where: { id: found.id }, data: { note: stance.note ?? null } });
      else await tx.stance.create({ data: { ...key, note: stance.note ?? null } });
    }
    return quote;
  });
}

async function resolveSpeakerCountry(db: Db, seed: QuoteSeed, statedOn: Date): Promise<number | null> {
  if (seed.speakerCountry !== undefined) return seed.speakerCountry ? countryId(db, seed.speakerCountry) : null;
  if (!seed.speakerId) return null;
  const id = await roleCountryOn(db, seed.speakerId, statedOn);
  if (id === null) {
    throw new Error(
      `Person ${seed.speakerId} held no role on ${isoDay(statedOn)}, so "${seed.text}" has no speaker country. ` +
        `Add the role they held then, or pass speakerCountry.`,
    );
  }
  return id;
}
