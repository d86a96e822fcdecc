// A published quote's public history: its first publication, then each approved correction (lib/review/
// revisions.ts). Each version has a permalink (/quotes/12/v/2) showing the quote as it read then, and the quote's
// page says when and what was corrected. Published-only: a quote that is not public has no history either.
import "server-only";
import { db } from "@/lib/db";
import { cachedPublicRead } from "@/lib/public-cache";
import type { AttributionKind, DatePrecision } from "@/lib/generated/prisma/client";
import { getPublishedQuote, PUBLISHED_QUOTE, type QuoteDetail } from "./public";
import { atPrecision, firstDayOf, fromIsoDay, toIsoDay } from "@/lib/dates";
import type { QuoteContent } from "./revision-overlay";
import { approvedVersions, historyOf, type PublicHistory } from "@/lib/revisions/public-versions";

export interface QuoteVersionView {
  quoteId: number;
  number: number;
  of: number;
  publishedAt: Date;
  /** When the next version replaced it; null for the current one. */
  supersededAt: Date | null;
  note: string | null;
  text: string;
  speakerName: string | null;
  speakerCountry: string | null;
  attribution: AttributionKind;
  statedOn: Date;
  statedOnPrecision: DatePrecision;
  statedOnReported: boolean;
  stances: string[];
  /** The same stances by their keys and codes (the read API's version content). */
  stanceKeys: { dimension: string; position: string; holderCountry: string; strength: "explicit" | "implied" }[];
  speakerCountryCode: string | null;
  article: { id: number; title: string };
}

async function versionsOf(quoteId: number) {
  const quote = await db.quote.findFirst({
    where: { AND: [PUBLISHED_QUOTE, { id: quoteId }] },
    select: { id: true, publishedAt: true, createdAt: true, articleId: true, article: { select: { title: true } } },
  });
  if (!quote) return null;
  const versions = await approvedVersions<QuoteContent>("Quote", quote.id, quote.publishedAt ?? quote.createdAt);
  return { quote, versions };
}

async function uncachedGetQuoteHistory(quoteId: number): Promise<PublicHistory | null> {
  const found = await versionsOf(quoteId);
  return found && historyOf(found.versions);
}

async function uncachedGetQuoteVersion(quoteId: number, number: number): Promise<QuoteVersionView | null> {
  const found = await versionsOf(quoteId);
  const version = found?.versions[number - 1];
  if (!found || !version) return null;
  // A quote never corrected has no stored content: its only version is the live row.
  const content = version.content ?? (await liveContent(quoteId));
  if (!content) return null;
  const [speaker, organization, countries, positions] = await Promise.all([
    content.speakerId === null
      ? null
      : db.person.findUnique({ where: { id: content.speakerId }, select: { name: true } }),
    content.speakerOrganizationId == null
      ? null
      : db.organization.findUnique({ where: { id: content.speakerOrganizationId }, select: { name: true } }),
    db.country.findMany({
      where: { id: { in: [content.speakerCountryId ?? 0, ...content.stances.map((s) => s.holderCountryId)] } },
      select: { id: true, code: true, name: true, shortName: true },
    }),
    db.position.findMany({
      where: { id: { in: content.stances.map((s) => s.positionId) } },
      select: { id: true, key: true, label: true, dimension: { select: { key: true, label: true } } },
    }),
  ]);
  return {
    quoteId,
    number,
    of: found.versions.length,
    publishedAt: version.publishedAt,
    supersededAt: version.supersededAt,
    note: version.note,
    text: content.text,
    speakerName: speaker?.name ?? organization?.name ?? content.speakerLabel,
    speakerCountry: countries.find((country) => country.id === content.speakerCountryId)?.name ?? null,
    attribution: content.attribution,
    statedOn: fromIsoDay(firstDayOf(content.statedOn, content.statedOnPrecision)),
    statedOnPrecision: content.statedOnPrecision,
    statedOnReported: content.statedOnReported,
    stances: content.stances.map((stance) => {
      const position = positions.find((candidate) => candidate.id === stance.positionId);
      const holder = countries.find((country) => country.id === stance.holderCountryId)?.shortName ?? "?";
      return `${position?.dimension.label ?? "?"}: ${position?.label ?? "?"} — ${holder}${stance.strength === "implied" ? " (implied)" : ""}`;
    }),
    stanceKeys: content.stances.map((stance) => {
      const position = positions.find((candidate) => candidate.id === stance.positionId);
      return {
        dimension: position?.dimension.key ?? "?",
        position: position?.key ?? "?",
        holderCountry: countries.find((country) => country.id === stance.holderCountryId)?.code ?? "?",
        strength: stance.strength,
      };
    }),
    speakerCountryCode: countries.find((country) => country.id === content.speakerCountryId)?.code ?? null,
    article: { id: found.quote.articleId, title: found.quote.article.title },
  };
}

async function liveContent(quoteId: number): Promise<QuoteContent | null> {
  const row = await db.quote.findUnique({
    where: { id: quoteId },
    select: {
      articleId: true,
      startOffset: true,
      endOffset: true,
      text: true,
      speakerKind: true,
      speakerId: true,
      speakerOrganizationId: true,
      speakerLabel: true,
      speakerCountryId: true,
      attribution: true,
      statedOn: true,
      statedOnPrecision: true,
      statedOnReported: true,
      statementId: true,
      stances: {
        where: { deletedAt: null },
        select: { dimensionId: true, positionId: true, holderCountryId: true, strength: true },
      },
    },
  });
  return row && { ...row, statedOn: atPrecision(toIsoDay(row.statedOn), row.statedOnPrecision) };
}

export const getQuoteHistory = cachedPublicRead("quotes.getQuoteHistory", uncachedGetQuoteHistory);
export const getQuoteVersion = cachedPublicRead("quotes.getQuoteVersion", uncachedGetQuoteVersion);

/** The public quote page in one read: the published quote and its version history; null when it is not public. */
export async function getQuotePage(id: number): Promise<{ quote: QuoteDetail; history: PublicHistory | null } | null> {
  const quote = await getPublishedQuote(id);
  return quote && { quote, history: await getQuoteHistory(quote.id) };
}
