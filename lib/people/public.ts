// People as the public reads them. A person has no publication status of their own, so a person is public
// once a published quote names them as its speaker: someone who appears only in drafts stays unseen. Deleted
// people are hidden; a merged person's old address leads to the person they were merged into.
import "server-only";
import { cachedPublicRead } from "@/lib/public-cache";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { PUBLISHED_QUOTE } from "@/lib/quotes/public";

export const PUBLIC_PERSON = {
  deletedAt: null,
  mergedIntoId: null,
  quotes: { some: PUBLISHED_QUOTE },
} as const satisfies Prisma.PersonWhereInput;

/** A person's roles as public pages show them, earliest first (undated ones before). */
export const PUBLIC_ROLES = {
  orderBy: [{ startsOn: { sort: "asc", nulls: "first" } }, { id: "asc" }],
  select: {
    id: true,
    title: true,
    organization: true,
    startsOn: true,
    endsOn: true,
    country: { select: { code: true, name: true } },
  },
} satisfies Prisma.PersonRoleFindManyArgs;

export interface PersonSummary {
  id: number;
  slug: string;
  name: string;
  /** Countries of their roles, for the list. */
  countries: string[];
  statementCount: number;
}

export interface PeoplePage {
  people: PersonSummary[];
  /** The `after` of the next page (the last person's id), or null on the last page. */
  next: string | null;
}

/**
 * The SQL of PUBLIC_PERSON over `p`: not deleted or merged, and the speaker of a published quote, which the count
 * table the triggers keep says in one indexed row (lib/quotes/statement-counts.ts) instead of a search of their quotes.
 */
const PUBLIC_PERSON_SQL = Prisma.sql`p."deletedAt" IS NULL AND p."mergedIntoId" IS NULL AND EXISTS (
  SELECT 1 FROM "PublicStatementCount" n WHERE n."kind" = 'person' AND n."keyId" = p.id AND n."month" IS NULL)`;

/**
 * Public people by name, one page by key (name, id) after the person `after` (a previous page's `next`), each
 * with their countries and number of published statements, counted for the page's rows only.
 */
async function uncachedListPeople(limit = 100, after?: string): Promise<PeoplePage> {
  const afterId = after && /^\d{1,10}$/.test(after) && Number(after) <= 2_147_483_647 ? Number(after) : null;
  const rows = await db.$queryRaw<{ id: number; slug: string; name: string; statementCount: number }[]>`
    WITH page AS (
      SELECT p.id, p.slug, p.name
        FROM "Person" p
       WHERE ${PUBLIC_PERSON_SQL}
         AND ${afterId ? Prisma.sql`(p.name, p.id) > (SELECT name, id FROM "Person" WHERE id = ${afterId})` : Prisma.sql`TRUE`}
       ORDER BY p.name, p.id
       LIMIT ${limit + 1}
    )
    SELECT page.id, page.slug, page.name,
           (SELECT n."statements"::int FROM "PublicStatementCount" n
             WHERE n."kind" = 'person' AND n."keyId" = page.id AND n."month" IS NULL) AS "statementCount"
      FROM page
     ORDER BY page.name, page.id`;
  const more = rows.length > limit;
  const pageRows = more ? rows.slice(0, limit) : rows;
  const roles = await db.personRole.findMany({
    where: { personId: { in: pageRows.map((row) => row.id) } },
    select: { personId: true, country: { select: { shortName: true } } },
  });
  const people = pageRows.map((row) => ({
    ...row,
    countries: [...new Set(roles.filter((role) => role.personId === row.id).map((role) => role.country.shortName))],
  }));
  return { people, next: more ? String(pageRows[pageRows.length - 1].id) : null };
}

/** How many speakers a menu of names lists: more (1,765 at a million quotes) made a menu nobody scrolls. */
export const PERSON_MENU_SIZE = 100;

/**
 * The public people with the most published statements (at most PERSON_MENU_SIZE), by name, for a menu: no
 * counts, no roles. Everyone else is found by name (the read API's people search) or in the paged people index.
 */
async function uncachedListPersonMenu(): Promise<{ slug: string; name: string }[]> {
  return db.$queryRaw`
    SELECT slug, name FROM (
      SELECT p.id, p.slug, p.name
        FROM "Person" p
        JOIN "PublicStatementCount" n ON n."kind" = 'person' AND n."keyId" = p.id AND n."month" IS NULL
       WHERE p."deletedAt" IS NULL AND p."mergedIntoId" IS NULL
       ORDER BY n."statements" DESC, p.id
       LIMIT ${PERSON_MENU_SIZE}) busiest
     ORDER BY name, id`;
}

export interface PersonDetail {
  id: number;
  slug: string;
  name: string;
  description: string | null;
  aliases: { name: string; language: string | null }[];
  roles: {
    id: number;
    title: string;
    organization: string | null;
    country: { code: string; name: string };
    startsOn: Date | null;
    endsOn: Date | null;
  }[];
}

export type PersonLookup =
  { kind: "found"; person: PersonDetail } | { kind: "merged"; slug: string } | { kind: "missing" };

async function uncachedGetPublicPerson(slug: string): Promise<PersonLookup> {
  const person = await db.person.findFirst({
    where: { ...PUBLIC_PERSON, slug },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      aliases: { orderBy: { id: "asc" }, select: { name: true, language: true } },
      roles: PUBLIC_ROLES,
    },
  });
  if (person) return { kind: "found", person };
  const merged = await db.person.findFirst({
    // A merge also sets deletedAt (lib/people/merge-people.ts): mergedIntoId, not deletedAt, decides the redirect.
    where: { slug, mergedIntoId: { not: null }, mergedInto: PUBLIC_PERSON },
    select: { mergedInto: { select: { slug: true } } },
  });
  return merged?.mergedInto ? { kind: "merged", slug: merged.mergedInto.slug } : { kind: "missing" };
}

/** Slugs and change times of every public person, for the sitemap. */
function uncachedListPublicPersonSlugs(): Promise<{ slug: string; updatedAt: Date }[]> {
  return db.person.findMany({ where: PUBLIC_PERSON, orderBy: { id: "asc" }, select: { slug: true, updatedAt: true } });
}

// Cached across requests and refreshed when the record changes (lib/public-cache.ts).
export const listPeople = cachedPublicRead("people.listPeople", uncachedListPeople);
export const listPersonMenu = cachedPublicRead("people.listPersonMenu", uncachedListPersonMenu);
export const getPublicPerson = cachedPublicRead("people.getPublicPerson", uncachedGetPublicPerson);
export const listPublicPersonSlugs = cachedPublicRead("people.listPublicPersonSlugs", uncachedListPublicPersonSlugs);
