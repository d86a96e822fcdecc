// Country stance records for the read API: an editor's judgement of a country's position over a period, with the
// cited quotes the caller may see. Keyset by id.
import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Visibility } from "@/lib/auth/permissions";
import { decodeCursor, toPage, type Page } from "@/lib/cursor";
import { type CountryStanceDto } from "@/lib/api/dtos";
import { toIsoDay } from "@/lib/dates";
import { visibleCountryStance, visibleQuote } from "@/lib/api/visibility";
import { versionNumbers } from "@/lib/revisions/public-versions";
import type { countryStanceListQuerySchema } from "@/lib/stances/schemas";

const selectFor = (visibility: Visibility) =>
  ({
    id: true,
    status: true,
    validFrom: true,
    validTo: true,
    summary: true,
    updatedAt: true,
    country: { select: { code: true, name: true } },
    dimension: { select: { key: true } },
    position: { select: { key: true, label: true } },
    evidence: { where: { quote: visibleQuote(visibility) }, orderBy: { quoteId: "asc" }, select: { quoteId: true } },
  }) satisfies Prisma.CountryStanceSelect;

type Row = Prisma.CountryStanceGetPayload<{ select: ReturnType<typeof selectFor> }>;

const toDto = (row: Row, version: number): CountryStanceDto => ({
  id: row.id,
  status: row.status === "published" ? "published" : "in_review",
  country: row.country.code,
  countryName: row.country.name,
  dimension: row.dimension.key,
  position: row.position.key,
  positionLabel: row.position.label,
  validFrom: toIsoDay(row.validFrom),
  validTo: row.validTo ? toIsoDay(row.validTo) : null,
  summary: row.summary,
  evidenceQuoteIds: row.evidence.map((link) => link.quoteId),
  version,
  updatedAt: row.updatedAt.toISOString(),
});

async function toDtos(rows: Row[]): Promise<CountryStanceDto[]> {
  const versions = await versionNumbers(
    "CountryStance",
    rows.map((row) => row.id),
  );
  return rows.map((row) => toDto(row, versions.get(row.id) ?? 1));
}

export async function listCountryStances(
  visibility: Visibility,
  query: z.output<typeof countryStanceListQuerySchema>,
): Promise<Page<CountryStanceDto>> {
  const after = decodeCursor<[number]>(query.cursor, ["int"]);
  const where: Prisma.CountryStanceWhereInput[] = [visibleCountryStance(visibility)];
  if (query.holderCountry) where.push({ country: { code: query.holderCountry } });
  if (query.dimension) where.push({ dimension: { key: query.dimension } });
  if (query.position) where.push({ position: { key: query.position } });
  if (query.updatedSince) where.push({ updatedAt: { gte: new Date(query.updatedSince) } });
  if (after) where.push({ id: { gt: after[0] } });
  const rows = await db.countryStance.findMany({
    where: { AND: where },
    orderBy: { id: "asc" },
    take: query.limit + 1,
    select: selectFor(visibility),
  });
  const page = toPage(rows, query.limit, (row) => [row.id]);
  return { data: await toDtos(page.data), next: page.next };
}

export async function getCountryStance(visibility: Visibility, id: number): Promise<CountryStanceDto> {
  const row = await db.countryStance.findFirst({
    where: { AND: [{ id }, visibleCountryStance(visibility)] },
    select: selectFor(visibility),
  });
  if (!row) throw new AppError("NOT_FOUND", `No country stance record ${id}.`);
  return (await toDtos([row]))[0];
}
