// People for the read API: those a visible quote names as speaker (as on the public site), keyset by id.
import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Visibility } from "@/lib/auth/permissions";
import { decodeCursor, toPage, type Page } from "@/lib/cursor";
import { type PersonDto } from "@/lib/api/dtos";
import { toIsoDay } from "@/lib/dates";
import { visiblePerson } from "@/lib/api/visibility";
import { versionNumbers } from "@/lib/revisions/public-versions";
import type { personListQuerySchema } from "@/lib/stances/schemas";

const select = {
  id: true,
  slug: true,
  name: true,
  description: true,
  updatedAt: true,
  aliases: { orderBy: { id: "asc" }, select: { name: true, language: true } },
  roles: {
    orderBy: [{ startsOn: "asc" }, { id: "asc" }],
    select: { title: true, organization: true, startsOn: true, endsOn: true, country: { select: { code: true } } },
  },
} satisfies Prisma.PersonSelect;

type Row = Prisma.PersonGetPayload<{ select: typeof select }>;

const toDto = (row: Row, version: number): PersonDto => ({
  slug: row.slug,
  name: row.name,
  description: row.description,
  aliases: row.aliases,
  roles: row.roles.map((role) => ({
    country: role.country.code,
    title: role.title,
    organization: role.organization,
    startsOn: role.startsOn ? toIsoDay(role.startsOn) : null,
    endsOn: role.endsOn ? toIsoDay(role.endsOn) : null,
  })),
  version,
  updatedAt: row.updatedAt.toISOString(),
});

/** A person's version counts their approved role corrections. */
async function toDtos(rows: Row[]): Promise<PersonDto[]> {
  const versions = await versionNumbers(
    "Person",
    rows.map((row) => row.id),
  );
  return rows.map((row) => toDto(row, versions.get(row.id) ?? 1));
}

export async function listPeople(
  visibility: Visibility,
  query: z.output<typeof personListQuerySchema>,
): Promise<Page<PersonDto>> {
  const after = decodeCursor<[number]>(query.cursor, ["int"]);
  const where: Prisma.PersonWhereInput[] = [visiblePerson(visibility)];
  if (query.speakerCountry) where.push({ roles: { some: { country: { code: query.speakerCountry } } } });
  if (query.q)
    where.push({
      OR: [
        { name: { contains: query.q, mode: "insensitive" } },
        { aliases: { some: { name: { contains: query.q, mode: "insensitive" } } } },
      ],
    });
  if (query.updatedSince) where.push({ updatedAt: { gte: new Date(query.updatedSince) } });
  if (after) where.push({ id: { gt: after[0] } });
  const rows = await db.person.findMany({
    where: { AND: where },
    orderBy: { id: "asc" },
    take: query.limit + 1,
    select,
  });
  const page = toPage(rows, query.limit, (row) => [row.id]);
  return { data: await toDtos(page.data), next: page.next };
}

export async function getPerson(visibility: Visibility, slug: string): Promise<PersonDto> {
  const row = await db.person.findFirst({ where: { AND: [{ slug }, visiblePerson(visibility)] }, select });
  if (!row) throw new AppError("NOT_FOUND", `No person ${slug}.`);
  return (await toDtos([row]))[0];
}
