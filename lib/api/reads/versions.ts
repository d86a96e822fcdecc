// GET /api/v1/<resource>/{id}/versions: a published record's versions (first publication, then each approved
// correction), each with its public permalink. Published records only, whoever asks: a version is what the public
// saw, and a record in review has none yet. GET …/{id}/versions/{n} gives version n's content, read by the same
// functions as the public version pages (lib/*/versions-public.ts), so the API and the permalink cannot disagree.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Page } from "@/lib/cursor";
import type { ArticleVersionDto, CountryStanceVersionDto, QuoteVersionDto, VersionDto } from "@/lib/api/dtos";
import { toIsoDay } from "@/lib/dates";
import { getQuoteVersion } from "@/lib/quotes/versions-public";
import { getArticleVersion } from "@/lib/articles/versions-public";
import { getCountryStanceVersion } from "@/lib/country-stances/versions-public";
import { absoluteUrl, paths } from "@/lib/public-routes";
import { approvedVersions } from "@/lib/revisions/public-versions";
import { PUBLISHED_QUOTE } from "@/lib/quotes/public";
import { PUBLISHED_ARTICLE } from "@/lib/articles/public";
import { PUBLISHED_COUNTRY_STANCE } from "@/lib/country-stances/public";

type Published = { publishedAt: Date | null; createdAt: Date } | null;
const dates = { select: { publishedAt: true, createdAt: true } } as const;

const KINDS = {
  Quote: {
    label: "quote",
    find: (id: number): Promise<Published> =>
      db.quote.findFirst({ where: { AND: [PUBLISHED_QUOTE, { id }] }, ...dates }),
    permalink: paths.quoteVersion,
  },
  Article: {
    label: "article",
    find: (id: number): Promise<Published> => db.article.findFirst({ where: { ...PUBLISHED_ARTICLE, id }, ...dates }),
    permalink: paths.articleVersion,
  },
  CountryStance: {
    label: "country stance record",
    find: (id: number): Promise<Published> =>
      db.countryStance.findFirst({ where: { AND: [PUBLISHED_COUNTRY_STANCE, { id }] }, ...dates }),
    permalink: paths.countryStanceVersion,
  },
} as const;

export async function listVersions(entityType: keyof typeof KINDS, id: number): Promise<Page<VersionDto>> {
  const kind = KINDS[entityType];
  const record = await kind.find(id);
  if (!record) throw new AppError("NOT_FOUND", `No published ${kind.label} ${id}.`);
  const versions = await approvedVersions(entityType, id, record.publishedAt ?? record.createdAt);
  return { data: versions.map((version) => versionFields(entityType, id, version)), next: null };
}

/** The fields every version answer shares: its number, dates, what changed and its permalink. */
function versionFields(
  kind: keyof typeof KINDS,
  id: number,
  view: { number: number; publishedAt: Date; supersededAt: Date | null; note: string | null },
): VersionDto {
  return {
    version: view.number,
    publishedAt: view.publishedAt.toISOString(),
    supersededAt: view.supersededAt?.toISOString() ?? null,
    changed: view.note,
    url: absoluteUrl(KINDS[kind].permalink(id, view.number)),
  };
}

const noVersion = (label: string, id: number, number: number) =>
  new AppError("NOT_FOUND", `No version ${number} of a published ${label} ${id}.`);

/** GET /api/v1/quotes/{id}/versions/{n}: the quote as version n read (what /quotes/{id}/v/{n} shows). */
export async function getQuoteVersionDto(id: number, number: number): Promise<QuoteVersionDto> {
  const view = await getQuoteVersion(id, number);
  if (!view) throw noVersion("quote", id, number);
  return {
    ...versionFields("Quote", id, view),
    content: {
      text: view.text,
      speakerName: view.speakerName,
      speakerCountry: view.speakerCountryCode,
      speakerCountryName: view.speakerCountry,
      attribution: view.attribution,
      statedOn: toIsoDay(view.statedOn),
      statedOnPrecision: view.statedOnPrecision,
      statedOnReported: view.statedOnReported,
      stances: view.stanceKeys,
      articleId: view.article.id,
      articleTitle: view.article.title,
    },
  };
}

/** GET /api/v1/articles/{id}/versions/{n}: the article's text as version n read. */
export async function getArticleVersionDto(id: number, number: number): Promise<ArticleVersionDto> {
  const view = await getArticleVersion(id, number);
  if (!view) throw noVersion("article", id, number);
  return {
    ...versionFields("Article", id, view),
    content: {
      title: view.title,
      outlet: view.outlet,
      publishedOn: toIsoDay(view.articlePublishedOn),
      body: view.body,
    },
  };
}

/** GET /api/v1/country-stances/{id}/versions/{n}: the record as version n read. */
export async function getCountryStanceVersionDto(id: number, number: number): Promise<CountryStanceVersionDto> {
  const view = await getCountryStanceVersion(id, number);
  if (!view) throw noVersion("country stance record", id, number);
  return {
    ...versionFields("CountryStance", id, view),
    content: {
      holderCountry: view.country.code,
      holderCountryName: view.country.name,
      dimension: view.position.dimensionKey,
      dimensionLabel: view.dimension,
      position: view.position.key,
      positionLabel: view.position.label,
      validFrom: view.validFrom,
      validTo: view.validTo,
      summary: view.summary,
      evidenceQuoteIds: view.evidence,
    },
  };
}
