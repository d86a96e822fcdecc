// A public person's history of roles: the roles as first published, then each approved role correction
// (lib/people/role-correction.ts). Each version has a permalink (/people/wang-yi/v/2) showing the roles as they
// read then, and the person's page says when the roles were corrected. A name or description is edited in place
// and has no versions. Public people only (lib/people/public.ts).
import "server-only";
import { db } from "@/lib/db";
import { cachedPublicRead } from "@/lib/public-cache";
import { fromIsoDay } from "@/lib/dates";
import { PUBLISHED_QUOTE } from "@/lib/quotes/public";
import { approvedVersions, historyOf, type PublicHistory } from "@/lib/revisions/public-versions";
import { getPublicPerson, PUBLIC_PERSON, PUBLIC_ROLES, type PersonDetail, type PersonLookup } from "./public";
import type { PersonRoles } from "./schemas";

export interface PersonVersionView {
  slug: string;
  name: string;
  number: number;
  of: number;
  publishedAt: Date;
  /** When the next version replaced it; null for the current one. */
  supersededAt: Date | null;
  note: string | null;
  roles: PersonDetail["roles"];
}

async function versionsOf(slug: string) {
  const person = await db.person.findFirst({
    where: { ...PUBLIC_PERSON, slug },
    select: { id: true, slug: true, name: true, createdAt: true },
  });
  if (!person) return null;
  // A person becomes public with their first published quote.
  const first = await db.quote.aggregate({
    where: { AND: [PUBLISHED_QUOTE, { speakerId: person.id }] },
    _min: { publishedAt: true },
  });
  const versions = await approvedVersions<PersonRoles>("Person", person.id, first._min.publishedAt ?? person.createdAt);
  return { person, versions };
}

async function uncachedGetPersonHistory(slug: string): Promise<PublicHistory | null> {
  const found = await versionsOf(slug);
  return found && historyOf(found.versions);
}

async function uncachedGetPersonVersion(slug: string, number: number): Promise<PersonVersionView | null> {
  const found = await versionsOf(slug);
  const version = found?.versions[number - 1];
  if (!found || !version) return null;
  return {
    slug: found.person.slug,
    name: found.person.name,
    number,
    of: found.versions.length,
    publishedAt: version.publishedAt,
    supersededAt: version.supersededAt,
    note: version.note,
    // The current version is the live roles, whatever the corrections stored.
    roles:
      version.supersededAt === null || !version.content
        ? await liveRoles(found.person.id)
        : await rolesOf(version.content),
  };
}

function liveRoles(personId: number): Promise<PersonDetail["roles"]> {
  return db.personRole.findMany({ where: { personId }, ...PUBLIC_ROLES });
}

/** A stored version's roles, in the order the person page lists them (by start, unknown starts first). */
async function rolesOf(content: PersonRoles): Promise<PersonDetail["roles"]> {
  const countries = await db.country.findMany({
    where: { id: { in: content.roles.map((role) => role.countryId) } },
    select: { id: true, code: true, name: true },
  });
  return content.roles
    .map((role, index) => {
      const country = countries.find((candidate) => candidate.id === role.countryId);
      return {
        // Roles added by the correction have no id yet: a negative key, for lists only.
        id: role.roleId ?? -(index + 1),
        title: role.title,
        organization: role.organization,
        country: { code: country?.code ?? "?", name: country?.name ?? "?" },
        startsOn: role.startsOn ? fromIsoDay(role.startsOn) : null,
        endsOn: role.endsOn ? fromIsoDay(role.endsOn) : null,
      };
    })
    .sort(
      (a, b) => (a.startsOn?.getTime() ?? Number.MIN_SAFE_INTEGER) - (b.startsOn?.getTime() ?? Number.MIN_SAFE_INTEGER),
    );
}

// Cached across requests and refreshed when the record changes (lib/public-cache.ts).
export const getPersonHistory = cachedPublicRead("people.getPersonHistory", uncachedGetPersonHistory);
export const getPersonVersion = cachedPublicRead("people.getPersonVersion", uncachedGetPersonVersion);

/** The public person page in one read: the person with the versions of their roles, or where a merged one went. */
export async function getPublicPersonPage(
  slug: string,
): Promise<
  { kind: "found"; person: PersonDetail; history: PublicHistory | null } | Exclude<PersonLookup, { kind: "found" }>
> {
  const found = await getPublicPerson(slug);
  return found.kind === "found" ? { ...found, history: await getPersonHistory(found.person.slug) } : found;
}
