// People as editors look them up while marking quotes: by name or any alias, and the country a person spoke for
// on a day (from the role they held then); and the people admin pages' list and detail.
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { parseInput } from "@/lib/validation";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { findOpenRevision, type OpenRevision } from "@/lib/revisions/propose";
import { peopleListSchema, peopleSearchSchema, personRolesSchema } from "./schemas";
import { rolesNeedReview } from "./role-correction";
import { nameKey, nameKeySql } from "./name-key";
import { toIsoDay, fromIsoDay } from "@/lib/dates";

export interface PersonOption {
  id: number;
  name: string;
  /** The alias that matched, when the name itself did not ("정의용" for Chung Eui-yong). */
  alias: string | null;
  /** Roles, latest first, to tell namesakes apart. */
  roles: { title: string; countryCode: string; countryName: string }[];
}

const LIMIT = 10;

/**
 * Up to ten live people whose name or an alias contains `q`, compared without case, accents, hyphens or spaces
 * (lib/people/name-key.ts: "Chung Eui yong" finds Chung Eui-yong, so does "정의용"), names starting with it first.
 */
export async function searchPeople(user: SessionUser | null, q: string): Promise<PersonOption[]> {
  assertCan(user, "quote.edit");
  const key = nameKey(parseInput(peopleSearchSchema, { q }).q);
  const pattern = `%${key.replace(/[\\%_]/g, "\\$&")}%`;
  const ids = key
    ? (
        await db.$queryRaw<{ id: number }[]>`
          SELECT p.id FROM "Person" p
           WHERE p."deletedAt" IS NULL AND p."mergedIntoId" IS NULL
             AND (${nameKeySql(Prisma.sql`p.name`)} LIKE ${pattern}
                  OR EXISTS (SELECT 1 FROM "PersonAlias" a
                              WHERE a."personId" = p.id AND ${nameKeySql(Prisma.sql`a.name`)} LIKE ${pattern}))
           ORDER BY p.name, p.id
           LIMIT 50`
      ).map((row) => row.id)
    : null;
  const people = await db.person.findMany({
    where: { deletedAt: null, mergedIntoId: null, ...(ids ? { id: { in: ids } } : {}) },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 50,
    select: {
      id: true,
      name: true,
      aliases: { select: { name: true } },
      roles: {
        orderBy: { startsOn: { sort: "desc", nulls: "last" } },
        take: 3,
        select: { title: true, country: { select: { code: true, shortName: true } } },
      },
    },
  });
  const startsWith = (name: string) => (nameKey(name).startsWith(key) ? 0 : 1);
  return people
    .sort((a, b) => startsWith(a.name) - startsWith(b.name))
    .slice(0, LIMIT)
    .map((person) => ({
      id: person.id,
      name: person.name,
      alias:
        !key || nameKey(person.name).includes(key)
          ? null
          : (person.aliases.find((alias) => nameKey(alias.name).includes(key))?.name ?? null),
      roles: person.roles.map((role) => ({
        title: role.title,
        countryCode: role.country.code,
        countryName: role.country.shortName,
      })),
    }));
}

export interface RoleOnDay {
  countryId: number;
  title: string;
}

/**
 * The role a person held on `day` ("YYYY-MM-DD"), whose country becomes the quote's speaker country; null when
 * they held none. When roles for different countries overlap, none is picked: the editor chooses.
 */
export async function roleOn(user: SessionUser | null, personId: number, day: string): Promise<RoleOnDay | null> {
  assertCan(user, "quote.edit");
  const on = fromIsoDay(day);
  if (!Number.isSafeInteger(personId) || Number.isNaN(on.getTime())) return null;
  const roles = await db.personRole.findMany({
    where: {
      personId,
      OR: [{ startsOn: null }, { startsOn: { lte: on } }],
      AND: [{ OR: [{ endsOn: null }, { endsOn: { gte: on } }] }],
    },
    orderBy: { startsOn: { sort: "desc", nulls: "last" } },
    select: { countryId: true, title: true },
  });
  if (new Set(roles.map((role) => role.countryId)).size !== 1) return null;
  return roles[0];
}

// ── The people admin pages ──

export const PEOPLE_PAGE_SIZE = 50;

export interface AdminPersonListItem {
  id: number;
  name: string;
  slug: string;
  aliases: string[];
  quoteCount: number;
}

/** Live people by name (then id), keyset-paginated on (name, id) through the last id of the previous page. */
export async function listPeopleAdmin(
  user: SessionUser | null,
  raw: { q?: string; after?: string | number },
): Promise<{ items: AdminPersonListItem[]; nextAfter: number | null }> {
  assertCan(user, "person.edit");
  const { q, after } = parseInput(peopleListSchema, raw);
  const contains = { contains: q, mode: "insensitive" } as const;
  const last = after ? await db.person.findUnique({ where: { id: after }, select: { id: true, name: true } }) : null;
  const rows = await db.person.findMany({
    where: {
      deletedAt: null,
      mergedIntoId: null,
      AND: [
        q ? { OR: [{ name: contains }, { aliases: { some: { name: contains } } }] } : {},
        last ? { OR: [{ name: { gt: last.name } }, { name: last.name, id: { gt: last.id } }] } : {},
      ],
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: PEOPLE_PAGE_SIZE + 1,
    select: {
      id: true,
      name: true,
      slug: true,
      aliases: { select: { name: true } },
    },
  });
  const page = rows.slice(0, PEOPLE_PAGE_SIZE);
  const quoteCounts = await liveQuoteCounts(page.map((row) => row.id));
  return {
    items: page.map((row) => ({
      id: row.id,
      name: row.name,
      slug: row.slug,
      aliases: row.aliases.map((alias) => alias.name),
      quoteCount: quoteCounts.get(row.id) ?? 0,
    })),
    nextAfter: rows.length > PEOPLE_PAGE_SIZE ? (page.at(-1)?.id ?? null) : null,
  };
}

export interface AdminPerson {
  id: number;
  name: string;
  slug: string;
  description: string | null;
  version: number;
  aliases: { id: number; name: string; language: string | null }[];
  roles: {
    id: number;
    countryId: number;
    countryCode: string;
    title: string;
    organization: string | null;
    startsOn: string | null;
    endsOn: string | null;
  }[];
  quoteCount: number;
  /** Whether a change of roles goes to a second editor (published quotes, or a correction already open). */
  rolesReviewed: boolean;
  /** The open correction of the roles, for the editors to continue: the roles it proposes, in its order. */
  roleCorrection: {
    id: number;
    version: number;
    status: string;
    reviewComment: string | null;
    roles: (Omit<AdminPerson["roles"][number], "id"> & { id: number | null })[];
  } | null;
}

/**
 * Live quotes per speaker, for these people only: a relation `_count` in the select would make Prisma group the whole
 * Quote table by speaker before joining (about 0.1 s at 300,000 quotes, on each page).
 */
async function liveQuoteCounts(personIds: number[]): Promise<Map<number, number>> {
  if (personIds.length === 0) return new Map();
  const groups = await db.quote.groupBy({
    by: ["speakerId"],
    where: { speakerId: { in: personIds }, deletedAt: null },
    _count: { _all: true },
  });
  return new Map(groups.flatMap((group) => (group.speakerId === null ? [] : [[group.speakerId, group._count._all]])));
}

const iso = (date: Date | null) => (date ? toIsoDay(date) : null);

/** A live person with aliases and roles; NOT_FOUND for deleted or merged people. */
export async function getAdminPerson(user: SessionUser | null, id: number): Promise<AdminPerson> {
  assertCan(user, "person.edit");
  const row = Number.isSafeInteger(id)
    ? await db.person.findFirst({
        where: { id, deletedAt: null, mergedIntoId: null },
        select: {
          id: true,
          name: true,
          slug: true,
          description: true,
          version: true,
          aliases: { orderBy: { id: "asc" }, select: { id: true, name: true, language: true } },
          roles: {
            orderBy: [{ startsOn: { sort: "asc", nulls: "first" } }, { id: "asc" }],
            select: {
              id: true,
              countryId: true,
              title: true,
              organization: true,
              startsOn: true,
              endsOn: true,
              country: { select: { code: true } },
            },
          },
        },
      })
    : null;
  if (!row) throw new AppError("NOT_FOUND", "No such person (deleted or merged).");
  const [open, rolesReviewed] = await db.$transaction(async (tx) => [
    await findOpenRevision(tx, "Person", row.id),
    await rolesNeedReview(tx, row.id),
  ]);
  const quoteCounts = await liveQuoteCounts([row.id]);
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    description: row.description,
    version: row.version,
    aliases: row.aliases,
    roles: row.roles.map(({ country, startsOn, endsOn, ...role }) => ({
      ...role,
      countryCode: country.code,
      startsOn: iso(startsOn),
      endsOn: iso(endsOn),
    })),
    quoteCount: quoteCounts.get(row.id) ?? 0,
    rolesReviewed,
    roleCorrection: open && (await proposedRoles(open)),
  };
}

async function proposedRoles(open: OpenRevision): Promise<AdminPerson["roleCorrection"]> {
  const { roles } = parseInput(personRolesSchema, open.payload);
  const countries = await db.country.findMany({
    where: { id: { in: roles.map((role) => role.countryId) } },
    select: { id: true, code: true },
  });
  return {
    id: open.id,
    version: open.version,
    status: open.status,
    reviewComment: open.reviewComment,
    roles: roles.map(({ roleId, ...role }) => ({
      ...role,
      id: roleId,
      countryCode: countries.find((country) => country.id === role.countryId)?.code ?? "?",
    })),
  };
}
