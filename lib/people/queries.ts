// People as editors look them up while marking quotes: by name or any alias, and the country a person spoke for
// on a day (from the role they held then).
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { parseInput } from "@/lib/validation";
import { peopleSearchSchema } from "./schemas";

export interface PersonOption {
  id: number;
  name: string;
  /** The alias that matched, when the name itself did not ("정의용" for Chung Eui-yong). */
  alias: string | null;
  /** Roles as "title (country code)", latest first, to tell namesakes apart. */
  roles: string[];
}

const LIMIT = 10;

/** Up to ten live people whose name or an alias contains `q` (case-insensitive), names starting with it first. */
export async function searchPeople(user: SessionUser | null, q: string): Promise<PersonOption[]> {
  assertCan(user, "quote.edit");
  const query = parseInput(peopleSearchSchema, { q }).q;
  const contains = { contains: query, mode: "insensitive" } as const;
  const people = await db.person.findMany({
    where: { deletedAt: null, mergedIntoId: null, ...(query ? { OR: [{ name: contains }, { aliases: { some: { name: contains } } }] } : {}) },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 50,
    select: {
      id: true,
      name: true,
      aliases: { where: query ? { name: contains } : { id: -1 }, select: { name: true }, take: 1 },
      roles: { orderBy: { startsOn: { sort: "desc", nulls: "last" } }, take: 3, select: { title: true, country: { select: { code: true } } } },
    },
  });
  const lower = query.toLowerCase();
  const startsWith = (name: string) => (name.toLowerCase().startsWith(lower) ? 0 : 1);
  return people
    .sort((a, b) => startsWith(a.name) - startsWith(b.name))
    .slice(0, LIMIT)
    .map((person) => ({
      id: person.id,
      name: person.name,
      alias: person.name.toLowerCase().includes(lower) ? null : (person.aliases[0]?.name ?? null),
      roles: person.roles.map((role) => `${role.title} (${role.country.code})`),
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
  const on = new Date(`${day}T00:00:00Z`);
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
