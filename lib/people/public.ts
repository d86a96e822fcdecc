// People as the public reads them. A person has no publication status of their own, so a person is public
// once a published quote names them as its speaker: someone who appears only in drafts stays unseen. Deleted
// people are hidden; a merged person's old address leads to the person they were merged into.
import "server-only";
import { cachedPublicRead } from "@/lib/public-cache";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PUBLISHED_QUOTE } from "@/lib/quotes/public";

export const PUBLIC_PERSON = {
  deletedAt: null,
  mergedIntoId: null,
  quotes: { some: PUBLISHED_QUOTE },
} as const satisfies Prisma.PersonWhereInput;

export interface PersonSummary {
  id: number;
  slug: string;
  name: string;
  /** Countries of their roles, for the list. */
  countries: string[];
  statementCount: number;
}

async function uncachedListPeople(): Promise<PersonSummary[]> {
  const people = await db.person.findMany({
    where: PUBLIC_PERSON,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      slug: true,
      name: true,
      roles: { select: { country: { select: { shortName: true } } } },
      _count: { select: { quotes: { where: PUBLISHED_QUOTE } } },
    },
  });
  return people.map((person) => ({
    id: person.id,
    slug: person.slug,
    name: person.name,
    countries: [...new Set(person.roles.map((role) => role.country.shortName))],
    statementCount: person._count.quotes,
  }));
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
      roles: {
        orderBy: [{ startsOn: { sort: "asc", nulls: "first" } }, { id: "asc" }],
        select: {
          id: true,
          title: true,
          organization: true,
          startsOn: true,
          endsOn: true,
          country: { select: { code: true, name: true } },
        },
      },
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
export const getPublicPerson = cachedPublicRead("people.getPublicPerson", uncachedGetPublicPerson);
export const listPublicPersonSlugs = cachedPublicRead("people.listPublicPersonSlugs", uncachedListPublicPersonSlugs);
