// Builders for countries and organizations that can hold a stance, upserted by code.
import type { CountryKind } from "@/lib/generated/prisma/client";
import type { Db } from "./db";

export interface CountrySeed {
  /** ISO 3166-1 alpha-2, or a short upper-case code for an organization ("UN"). */
  code: string;
  name: string;
  shortName?: string;
  kind?: CountryKind;
}

export function seedCountry(db: Db, seed: CountrySeed) {
  const fields = { name: seed.name, shortName: seed.shortName ?? seed.name, kind: seed.kind ?? "country" };
  return db.country.upsert({ where: { code: seed.code }, create: { code: seed.code, ...fields }, update: fields });
}

/** Seeds the list and returns the rows by code, which is how the other builders name countries. */
export async function seedCountries(db: Db, seeds: CountrySeed[]) {
  const byCode = new Map<string, Awaited<ReturnType<typeof seedCountry>>>();
  for (const seed of seeds) byCode.set(seed.code, await seedCountry(db, seed));
  return byCode;
}

/** The id of a seeded country; throws naming the code, because a typo in a data file must not pass silently. */
export async function countryId(db: Db, code: string): Promise<number> {
  const country = await db.country.findUnique({ where: { code }, select: { id: true } });
  if (!country) throw new Error(`No country with code "${code}". Seed it first (seedCountry).`);
  return country.id;
}
