// What the suggestion engine knows besides the article, read from the database: people with their aliases and
// dated roles, speaking organizations, countries, the codebook in use (retired entries left out) and the most
// recently published coded quotes (a bounded pool, so the workspace's cost does not grow with the corpus). All of it is public record (the public site shows it), so reading it needs no role; the functions
// that act for an editor check theirs before calling this.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SuggestContext } from "./types";
import { toIsoDay } from "@/lib/dates";

/**
 * How many published quotes the similarity vote draws on: the newest ones, by id (the primary key's index, read
 * backwards). Enough for the vote to learn from recent coding; fixed so that a workspace request stays the same
 * size at a thousand quotes and at a million.
 */
export const SIMILARITY_POOL = 5_000;

function isoDate(value: Date | null): string | null {
  return value ? toIsoDay(value) : null;
}

export async function loadSuggestContext(client: PrismaClient, pool = SIMILARITY_POOL): Promise<SuggestContext> {
  const [people, organizations, countries, positions, quotes] = await Promise.all([
    client.person.findMany({
      where: { deletedAt: null, mergedIntoId: null },
      select: {
        id: true,
        name: true,
        aliases: { select: { name: true } },
        roles: {
          select: {
            title: true,
            organization: true,
            startsOn: true,
            endsOn: true,
            country: { select: { code: true } },
          },
        },
      },
    }),
    client.organization.findMany({ select: { id: true, name: true, country: { select: { code: true } } } }),
    client.country.findMany({ select: { code: true, name: true, shortName: true } }),
    client.position.findMany({
      where: { retired: false, dimension: { retired: false } },
      select: { key: true, label: true, definition: true, dimension: { select: { key: true } } },
      orderBy: [{ dimension: { sortOrder: "asc" } }, { sortOrder: "asc" }],
    }),
    client.quote.findMany({
      where: { status: "published", deletedAt: null, stances: { some: { deletedAt: null } } },
      orderBy: { id: "desc" },
      take: pool,
      select: {
        text: true,
        articleId: true,
        stances: {
          where: { deletedAt: null },
          select: { dimension: { select: { key: true } }, position: { select: { key: true } } },
        },
      },
    }),
  ]);
  return {
    people: people.map((person) => ({
      id: person.id,
      name: person.name,
      aliases: person.aliases.map((alias) => alias.name),
      roles: person.roles.map((role) => ({
        countryCode: role.country.code,
        title: role.title,
        organization: role.organization,
        startsOn: isoDate(role.startsOn),
        endsOn: isoDate(role.endsOn),
      })),
    })),
    organizations: organizations.map((organization) => ({
      id: organization.id,
      name: organization.name,
      countryCode: organization.country?.code ?? null,
    })),
    countries,
    codebook: positions.map((position) => ({
      dimension: position.dimension.key,
      position: position.key,
      label: position.label,
      definition: position.definition,
    })),
    approvedQuotes: quotes.map((quote) => ({
      text: quote.text,
      articleId: quote.articleId,
      stances: quote.stances.map((stance) => ({ dimension: stance.dimension.key, position: stance.position.key })),
    })),
  };
}

/** The outlet of that name as the tracker spells it, or null when the tracker has no such outlet. */
export async function findOutletName(client: PrismaClient, name: string): Promise<string | null> {
  const outlet = await client.outlet.findFirst({
    where: { name: { equals: name.trim(), mode: "insensitive" } },
    select: { name: true },
  });
  return outlet?.name ?? null;
}

export async function outletNames(client: PrismaClient): Promise<string[]> {
  return (await client.outlet.findMany({ select: { name: true }, orderBy: { name: "asc" } })).map(
    (outlet) => outlet.name,
  );
}
