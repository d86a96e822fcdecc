// Builders for the codebook: dimensions and their positions, upserted by key.
import { type Db, inTransaction } from "./db";
import { STARTING_CODEBOOK } from "./starting-codebook";

export interface PositionSeed {
  key: string;
  label: string;
  definition: string;
  color?: string;
  /** Defaults to the position's place in its dimension's list. */
  sortOrder?: number;
  retired?: boolean;
}

export interface DimensionSeed {
  key: string;
  label: string;
  definition: string;
  /** Defaults to the dimension's place in the list given to seedCodebook (0 when seeded alone). */
  sortOrder?: number;
  retired?: boolean;
  positions: PositionSeed[];
}

/** Upserts one dimension and its positions; positions missing from `seed` are left alone, never deleted. */
export function seedDimension(db: Db, seed: DimensionSeed) {
  return inTransaction(db, async (tx) => {
    const fields = {
      label: seed.label,
      definition: seed.definition,
      sortOrder: seed.sortOrder ?? 0,
      retired: seed.retired ?? false,
    };
    const dimension = await tx.dimension.upsert({
      where: { key: seed.key },
      create: { key: seed.key, ...fields },
      update: fields,
    });
    const positions = [];
    for (const [index, position] of seed.positions.entries()) {
      const positionFields = {
        label: position.label,
        definition: position.definition,
        sortOrder: position.sortOrder ?? index,
        retired: position.retired ?? false,
        ...(position.color ? { color: position.color } : {}),
      };
      positions.push(
        await tx.position.upsert({
          where: { dimensionId_key: { dimensionId: dimension.id, key: position.key } },
          create: { dimensionId: dimension.id, key: position.key, ...positionFields },
          update: positionFields,
        }),
      );
    }
    return { ...dimension, positions };
  });
}

/** The whole codebook; without arguments, the starting codebook every database begins with. */
export async function seedCodebook(db: Db, dimensions: DimensionSeed[] = STARTING_CODEBOOK) {
  const seeded = [];
  for (const [index, dimension] of dimensions.entries()) {
    seeded.push(await seedDimension(db, { ...dimension, sortOrder: dimension.sortOrder ?? index }));
  }
  return seeded;
}

/** Ids of a position and its dimension; throws naming the keys, so a typo in a data file stops the seed. */
export async function positionId(db: Db, dimensionKey: string, positionKey: string) {
  const position = await db.position.findFirst({
    where: { key: positionKey, dimension: { key: dimensionKey } },
    select: { id: true, dimensionId: true },
  });
  if (!position) {
    throw new Error(`No position "${positionKey}" in dimension "${dimensionKey}". Seed the codebook first.`);
  }
  return { dimensionId: position.dimensionId, positionId: position.id };
}
