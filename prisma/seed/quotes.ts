// Builder for quotes and their stances. A quote is a span of its article: the same span seeded twice is one quote.
import { describeSpan, findSpan } from "@/lib/anchoring/text-span";
import type {
  AttributionKind,
  DatePrecision,
  ReviewStatus,
  SpeakerKind,
  StanceStrength,
} from "@/lib/generated/prisma/client";
import { firstDayOf, fromIsoDay, toIsoDay } from "@/lib/dates";
import { inferSpeakerKind } from "@/lib/quotes/schemas";
import { countryId } from "./countries";
import { type Db, inTransaction } from "./db";
import { positionId } from "./codebook";
import { roleCountryOn } from "./people";
import { reviewTimestamps } from "./review";

export interface StanceSeed {
  dimension: string;
  position: string;
  /** Code of the country whose stance this is; defaults to the speaker's country. */
  holder?: string;
  /** Coding rule 3; `explicit` unless given. */
  strength?: StanceStrength;
  note?: string | null;
}

/** A speaking organization (coding rule 6), found or created by name and country code. */
export interface OrganizationSeed {
  name: string;
  country: string | null;
}

export interface QuoteSeed {
  articleId: number;
  /** The exact text as it appears in the body; the builder finds its offsets. */
  text: string;
  /** Which appearance of `text` is meant when it appears more than once (0-based). */
  occurrence?: number;
  /** Coding rule 6; inferred when absent: a person with speakerId, an organization with one, else the outlet for `reported`. */
  speakerKind?: SpeakerKind;
  speakerId?: number | null;
  speakerOrganization?: OrganizationSeed;
  /** The description of an unnamed source ("a source in Seoul"). */
  speakerLabel?: string | null;
  /**
   * Country code of the speaker. Leave it out for a named speaker: it comes from the role they held on
   * `statedOn`, which is the rule the app applies too. Give it for unnamed speakers.
   */
  speakerCountry?: string | null;
  attribution?: AttributionKind;
  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY" as statedOnPrecision says; defaults to the article's date, marked "reported on". */
  statedOn?: string;
  statedOnPrecision?: DatePrecision;
  /** The statement this quote reports (coding rule 9); a new statement when absent and the quote is new. */
  statementId?: number;
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
    const precision = seed.statedOnPrecision ?? "day";
    const statedOn = seed.statedOn ? fromIsoDay(firstDayOf(seed.statedOn, precision)) : article.publishedOn;
    const speakerCountryId = await resolveSpeakerCountry(tx, seed, statedOn);
    const organization = seed.speakerOrganization ? await seedOrganization(tx, seed.speakerOrganization) : null;
    const speakerKind =
      seed.speakerKind ??
      inferSpeakerKind({
        speakerId: seed.speakerId ?? null,
        speakerOrganizationId: organization,
        attribution: seed.attribution ?? "on_record",
      });

    const existing = await tx.quote.findFirst({
      where: { articleId: article.id, startOffset: span.start, endOffset: span.end },
      orderBy: { id: "asc" },
    });
    const status = seed.status ?? "draft";
    const fields = {
      text: anchor.text,
      prefix: anchor.prefix,
      suffix: anchor.suffix,
      speakerKind,
      speakerId: seed.speakerId ?? null,
      speakerOrganizationId: organization,
      speakerLabel: seed.speakerLabel ?? null,
      speakerCountryId,
      attribution: seed.attribution ?? "on_record",
      statedOn,
      statedOnPrecision: precision,
      statedOnReported: !seed.statedOn,
      status,
      reviewComment: seed.reviewComment ?? null,
      authorId: seed.authorId ?? null,
      contributorIds: seed.authorId ? [seed.authorId] : [],
      reviewerId: seed.reviewerId ?? null,
      ...reviewTimestamps(status, seed, existing),
    };
    const statementId =
      seed.statementId ?? existing?.statementId ?? (await tx.statement.create({ data: {}, select: { id: true } })).id;
    const quote = existing
      ? await tx.quote.update({ where: { id: existing.id }, data: { ...fields, statementId } })
      : await tx.quote.create({
          data: { articleId: article.id, startOffset: span.start, endOffset: span.end, statementId, ...fields },
        });
    if (existing && existing.statementId !== statementId) {
      await tx.statement.deleteMany({ where: { id: existing.statementId, quotes: { none: {} } } });
    }

    for (const stance of seed.stances ?? []) {
      const holderCountryId = stance.holder ? await countryId(tx, stance.holder) : speakerCountryId;
      if (holderCountryId === null) {
        throw new Error(`The stance ${stance.dimension}=${stance.position} on "${seed.text}" needs a holder country.`);
      }
      const key = { quoteId: quote.id, holderCountryId, ...(await positionId(tx, stance.dimension, stance.position)) };
      const found = await tx.stance.findFirst({ where: { ...key, deletedAt: null }, select: { id: true } });
      const data = { note: stance.note ?? null, strength: stance.strength ?? "explicit" };
      if (found) await tx.stance.update({ where: { id: found.id }, data });
      else await tx.stance.create({ data: { ...key, ...data } });
    }
    return quote;
  });
}

async function seedOrganization(db: Db, seed: OrganizationSeed): Promise<number> {
  const countryIdOf = seed.country ? await countryId(db, seed.country) : null;
  const found = await db.organization.findFirst({ where: { name: seed.name, countryId: countryIdOf } });
  return (found ?? (await db.organization.create({ data: { name: seed.name, countryId: countryIdOf } }))).id;
}

async function resolveSpeakerCountry(db: Db, seed: QuoteSeed, statedOn: Date): Promise<number | null> {
  if (seed.speakerCountry !== undefined) return seed.speakerCountry ? countryId(db, seed.speakerCountry) : null;
  if (!seed.speakerId) return null;
  const id = await roleCountryOn(db, seed.speakerId, statedOn);
  if (id === null) {
    throw new Error(
      `Person ${seed.speakerId} held no role on ${toIsoDay(statedOn)}, so "${seed.text}" has no speaker country. ` +
        `Add the role they held then, or pass speakerCountry.`,
    );
  }
  return id;
}
