// Builders for people: the person (by slug), their other spellings, and the posts they held with dates.
import { slugify } from "@/lib/people/slug";
import { countryId } from "./countries";
import { type Db, inTransaction } from "./db";
import { fromIsoDay, toIsoDay } from "@/lib/dates";

export interface PersonAliasSeed {
  name: string;
  /** BCP 47 tag of the spelling: "ko" for Hangul, "zh-Hans"/"zh-Hant" for Hanzi, "en" for English variants. */
  language?: string;
}

export interface PersonRoleSeed {
  /** Code of the country (or organization) the post belongs to. */
  country: string;
  title: string;
  organization?: string;
  /** "YYYY-MM-DD"; null when not known. Both ends are inclusive: the role is held on these days. */
  startsOn?: string | null;
  /** "YYYY-MM-DD"; null while the role is held. */
  endsOn?: string | null;
}

export interface PersonSeed {
  name: string;
  /** Defaults to the name in lower-case ASCII with dashes ("Chung Eui-yong" → "chung-eui-yong"). */
  slug?: string;
  description?: string | null;
  aliases?: PersonAliasSeed[];
  roles?: PersonRoleSeed[];
}

/**
 * Upserts the person by slug, then their aliases (by name) and roles (by country, title and start day).
 * Aliases and roles not in `seed` are kept: a builder adds, it never deletes what someone else recorded.
 */
export function seedPerson(db: Db, seed: PersonSeed) {
  const slug = seed.slug ?? slugify(seed.name);
  if (!slug) throw new Error(`Cannot derive a slug from the name "${seed.name}"; pass one.`);
  return inTransaction(db, async (tx) => {
    const fields = { name: seed.name, description: seed.description ?? null };
    const person = await tx.person.upsert({ where: { slug }, create: { slug, ...fields }, update: fields });
    for (const alias of seed.aliases ?? []) {
      await tx.personAlias.upsert({
        where: { personId_name: { personId: person.id, name: alias.name } },
        create: { personId: person.id, name: alias.name, language: alias.language ?? null },
        update: { language: alias.language ?? null },
      });
    }
    for (const role of seed.roles ?? []) {
      const key = {
        personId: person.id,
        countryId: await countryId(tx, role.country),
        title: role.title,
        startsOn: role.startsOn ? fromIsoDay(role.startsOn) : null,
      };
      const fields = { organization: role.organization ?? null, endsOn: role.endsOn ? fromIsoDay(role.endsOn) : null };
      if (fields.endsOn && key.startsOn && fields.endsOn < key.startsOn) {
        throw new Error(`${seed.name}: the role "${role.title}" ends before it starts.`);
      }
      const existing = await tx.personRole.findFirst({ where: key, select: { id: true } });
      if (existing) await tx.personRole.update({ where: { id: existing.id }, data: fields });
      else await tx.personRole.create({ data: { ...key, ...fields } });
    }
    return person;
  });
}

/**
 * The country a person spoke for on a day: that of the roles they held then. Null when they held none.
 * Throws when roles for different countries overlap on that day, because picking one would be a guess.
 */
export async function roleCountryOn(db: Db, personId: number, on: Date): Promise<number | null> {
  const roles = await db.personRole.findMany({
    where: {
      personId,
      OR: [{ startsOn: null }, { startsOn: { lte: on } }],
      AND: [{ OR: [{ endsOn: null }, { endsOn: { gte: on } }] }],
    },
    select: { countryId: true, title: true, country: { select: { code: true } } },
  });
  const countries = new Set(roles.map((role) => role.countryId));
  if (countries.size > 1) {
    const held = roles.map((role) => `${role.title} (${role.country.code})`).join(", ");
    throw new Error(`Person ${personId} held roles for different countries on ${toIsoDay(on)}: ${held}.`);
  }
  return roles[0]?.countryId ?? null;
}
