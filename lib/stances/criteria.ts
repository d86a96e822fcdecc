// The explorer's filters turned into ids and a SQL condition, shared by every read of stances and quotes (the
// API lists, the explorer's counts and facets, the exports). Codes, slugs and keys are looked up first, so an
// unknown one is a 400 naming the parameter ("no country KO") instead of a quietly empty answer, and the
// main query compares integer columns the indexes cover.
import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Visibility } from "@/lib/auth/permissions";
import { quoteTextMatches } from "@/lib/search/text-match";
import type { StanceCriteria } from "./schemas";

export interface ResolvedCriteria extends Omit<
  StanceCriteria,
  "speakerCountry" | "holderCountry" | "person" | "dimension" | "position"
> {
  /** One id per code of a comma-separated list (`holderCountry=KR,US` matches either). */
  speakerCountryIds?: number[];
  holderCountryIds?: number[];
  personId?: number;
  dimensionId?: number;
  /** A position key without a dimension may name a position in several dimensions. */
  positionIds?: number[];
  /**
   * The quotes `q` matches, when they are few (at most RARE_MATCHES): reads then start from them through
   * StanceRead's quoteId index, instead of walking the date order in search of matches that are not there.
   */
  quoteIds?: number[];
}

/**
 * How many matches a count over a text filter counts before it stops (TEXT_MATCH_COUNT_CAP, 10,000 unless set):
 * a common word matches most of a million quotes, and counting them all took seconds. Such counts say they are a
 * lower bound ("10,000+", `totalIsLowerBound`); the explorer's facets and timeline cover the same first matches.
 * Counts without `q` come from the count tables or indexed filters and stay exact.
 */
export const textCountCap = (c: Pick<ResolvedCriteria, "q">): number | null =>
  c.q ? env().TEXT_MATCH_COUNT_CAP : null;

/** Below this many matching quotes, a text filter is resolved to their ids (see ResolvedCriteria.quoteIds). */
const RARE_MATCHES = 2000;

export async function resolveCriteria(criteria: Partial<StanceCriteria>): Promise<ResolvedCriteria> {
  const { speakerCountry, holderCountry, person, dimension, position, ...rest } = criteria;
  const fields: Record<string, string[]> = {};
  const resolved: ResolvedCriteria = { ...rest };
  const countryIds = async (list: string, name: string) => {
    const codes = list.split(",");
    const found = await db.country.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } });
    const missing = codes.filter((code) => !found.some((country) => country.code === code));
    if (missing.length)
      fields[name] = [`No country or organization with the code ${missing.join(", ")} (see /api/v1/countries)`];
    return found.map((country) => country.id);
  };
  if (speakerCountry) resolved.speakerCountryIds = await countryIds(speakerCountry, "speakerCountry");
  if (holderCountry) resolved.holderCountryIds = await countryIds(holderCountry, "holderCountry");
  if (person) {
    const found = await db.person.findUnique({ where: { slug: person }, select: { id: true } });
    if (!found) fields.person = [`No person with the slug ${person} (see /api/v1/people)`];
    resolved.personId = found?.id;
  }
  if (dimension) {
    const found = await db.dimension.findUnique({ where: { key: dimension }, select: { id: true } });
    if (!found) fields.dimension = [`No dimension with the key ${dimension} (see /api/v1/dimensions)`];
    resolved.dimensionId = found?.id;
  }
  if (position) {
    const found = await db.position.findMany({
      where: { key: position, ...(dimension ? { dimension: { key: dimension } } : {}) },
      select: { id: true },
    });
    if (found.length === 0)
      fields.position = [
        `No position with the key ${position}${dimension ? ` in ${dimension}` : ""} (see /api/v1/dimensions)`,
      ];
    resolved.positionIds = found.map((row) => row.id);
  }
  if (Object.keys(fields).length > 0)
    throw new AppError("INVALID_INPUT", `Bad parameters: ${Object.keys(fields).join(", ")}.`, { fields });
  if (rest.q) {
    // Bounded: a GIN index scan for a rare word, or the first RARE_MATCHES + 1 rows of a common one.
    const matches = await db.$queryRaw<{ id: number }[]>`
      SELECT q.id FROM "Quote" q WHERE ${quoteTextMatches("q", rest.q)} LIMIT ${RARE_MATCHES + 1}`;
    if (matches.length <= RARE_MATCHES) resolved.quoteIds = matches.map((row) => row.id);
  }
  return resolved;
}

/**
 * Which quotes a caller may see, over `q` (Quote) and `a` (Article). Published: the quote and its article are
 * published and neither is deleted — PUBLISHED_QUOTE of lib/quotes/public.ts, repeated in SQL. Review: also
 * quotes in review, whatever their article's state (an article is published with its first quotes).
 */
export function visibleQuoteSql(visibility: Visibility): Prisma.Sql {
  return visibility === "published"
    ? Prisma.sql`q.status = 'published' AND q."deletedAt" IS NULL AND a.status = 'published' AND a."deletedAt" IS NULL`
    : Prisma.sql`((q.status = 'published' AND a.status = 'published') OR q.status = 'in_review') AND q."deletedAt" IS NULL AND a."deletedAt" IS NULL`;
}

/** The record's status as the API reports it: published, or in_review (visible to tokens only). */
export const statusSql = Prisma.sql`CASE WHEN q.status = 'published' AND a.status = 'published' THEN 'published' ELSE 'in_review' END`;

const day = (value: string) => Prisma.sql`${value}::date`;

/**
 * The last day of a quote's statement period (`q`): the day itself, or the last day of its month or year. Filters
 * treat a month or a year as its range: a period matches when it overlaps the filter's (StanceRead keeps the same
 * value as "statedUntil").
 */
const statedUntil = Prisma.sql`(q."statedOn" + CASE q."statedOnPrecision" WHEN 'day' THEN interval '0 days'
  WHEN 'month' THEN interval '1 month - 1 day' ELSE interval '1 year - 1 day' END)::date`;

/** Conditions on the quote and its article (`q`, `a`), common to stance and quote reads. */
export function quoteConditions(c: ResolvedCriteria): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [];
  if (c.speakerCountryIds) parts.push(Prisma.sql`q."speakerCountryId" IN (${Prisma.join(c.speakerCountryIds)})`);
  if (c.personId !== undefined) parts.push(Prisma.sql`q."speakerId" = ${c.personId}`);
  if (c.articleId !== undefined) parts.push(Prisma.sql`q."articleId" = ${c.articleId}`);
  if (c.status === "published") parts.push(Prisma.sql`(q.status = 'published' AND a.status = 'published')`);
  if (c.status === "in_review") parts.push(Prisma.sql`NOT (q.status = 'published' AND a.status = 'published')`);
  if (c.attribution) parts.push(Prisma.sql`q.attribution = ${c.attribution}::"AttributionKind"`);
  if (c.speakerKind) parts.push(Prisma.sql`q."speakerKind" = ${c.speakerKind}::"SpeakerKind"`);
  if (c.statedFrom) parts.push(Prisma.sql`${statedUntil} >= ${day(c.statedFrom)}`);
  if (c.statedTo) parts.push(Prisma.sql`q."statedOn" <= ${day(c.statedTo)}`);
  if (c.publishedFrom) parts.push(Prisma.sql`a."publishedOn" >= ${day(c.publishedFrom)}`);
  if (c.publishedTo) parts.push(Prisma.sql`a."publishedOn" <= ${day(c.publishedTo)}`);
  if (c.outlet !== undefined) parts.push(Prisma.sql`a."outletId" = ${c.outlet}`);
  if (c.q) parts.push(quoteTextMatches("q", c.q));
  return parts;
}

/**
 * The same criteria and visibility over `r`, the "StanceRead" table (migration 20261124230000_stance_read): one
 * row per stance visible with a token, `published` when visible without one, with every filter column copied from
 * its stance, quote and article. The fast path for lists, counts, facets and exports of stances
 * (docs/decisions/008-stance-read-performance.md); only `q` (full text) still reaches into Quote.
 */
export function readConditions(visibility: Visibility, c: ResolvedCriteria): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [];
  if (visibility === "published") parts.push(Prisma.sql`r.published`);
  if (c.holderCountryIds) parts.push(Prisma.sql`r."holderCountryId" IN (${Prisma.join(c.holderCountryIds)})`);
  if (c.dimensionId !== undefined) parts.push(Prisma.sql`r."dimensionId" = ${c.dimensionId}`);
  if (c.positionIds) parts.push(Prisma.sql`r."positionId" IN (${Prisma.join(c.positionIds)})`);
  if (c.speakerCountryIds) parts.push(Prisma.sql`r."speakerCountryId" IN (${Prisma.join(c.speakerCountryIds)})`);
  if (c.personId !== undefined) parts.push(Prisma.sql`r."personId" = ${c.personId}`);
  if (c.articleId !== undefined) parts.push(Prisma.sql`r."articleId" = ${c.articleId}`);
  if (c.status === "published") parts.push(Prisma.sql`r.published`);
  if (c.status === "in_review") parts.push(Prisma.sql`NOT r.published`);
  if (c.attribution) parts.push(Prisma.sql`r.attribution = ${c.attribution}::"AttributionKind"`);
  if (c.speakerKind) parts.push(Prisma.sql`r."speakerKind" = ${c.speakerKind}::"SpeakerKind"`);
  if (c.statedFrom) parts.push(Prisma.sql`r."statedUntil" >= ${day(c.statedFrom)}`);
  if (c.statedTo) parts.push(Prisma.sql`r."statedOn" <= ${day(c.statedTo)}`);
  if (c.publishedFrom) parts.push(Prisma.sql`r."publishedOn" >= ${day(c.publishedFrom)}`);
  if (c.publishedTo) parts.push(Prisma.sql`r."publishedOn" <= ${day(c.publishedTo)}`);
  if (c.outlet !== undefined) parts.push(Prisma.sql`r."outletId" = ${c.outlet}`);
  if (c.updatedSince) parts.push(Prisma.sql`r."updatedAt" >= ${utcTimestamp(c.updatedSince)}`);
  // A semi-join: the planner walks the GIN index for rare words and the date order for common ones.
  if (c.quoteIds)
    parts.push(c.quoteIds.length ? Prisma.sql`r."quoteId" = ANY(${c.quoteIds}::int[])` : Prisma.sql`FALSE`);
  else if (c.q) parts.push(Prisma.sql`r."quoteId" IN (SELECT q.id FROM "Quote" q WHERE ${quoteTextMatches("q", c.q)})`);
  return parts;
}

/** An `updatedSince` value as the UTC timestamp without a zone that "updatedAt" columns hold (Prisma's DateTime). */
export const utcTimestamp = (instant: string) =>
  Prisma.sql`(${new Date(instant).toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

export const and = (parts: Prisma.Sql[]) => (parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`);
