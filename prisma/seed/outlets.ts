// Builder for news outlets, upserted by name.
import { countryId } from "./countries";
import type { Db } from "./db";

export interface OutletSeed {
  name: string;
  website?: string | null;
  /** Country code; null when the outlet's home is not a country we track (or not worth stating). */
  country?: string | null;
}

export async function seedOutlet(db: Db, seed: OutletSeed) {
  const fields = {
    website: seed.website ?? null,
    countryId: seed.country ? await countryId(db, seed.country) : null,
  };
  return db.outlet.upsert({ where: { name: seed.name }, create: { name: seed.name, ...fields }, update: fields });
}
