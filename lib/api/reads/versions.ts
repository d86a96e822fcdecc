// GET /api/v1/<resource>/{id}/versions: a published record's versions (first publication, then each approved
// correction), each with its public permalink. Published records only, whoever asks: a version is what the public
// saw, and a record in review has none yet.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Page } from "@/lib/cursor";
import type { VersionDto } from "@/lib/api/dtos";
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
  return {
    data: versions.map((version) => ({
      version: version.number,
      publishedAt: version.publishedAt.toISOString(),
      supersededAt: version.supersededAt?.toISOString() ?? null,
      changed: version.note,
      url: absoluteUrl(kind.permalink(id, version.number)),
    })),
    next: null,
  };
}
