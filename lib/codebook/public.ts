// The codebook as the public reads it: every dimension and position, retired ones marked (records coded under
// them keep them). The codebook is reference data, public in full.
import "server-only";
import { cachedPublicRead } from "@/lib/public-cache";
import { db } from "@/lib/db";

export interface PositionDto {
  id: number;
  key: string;
  label: string;
  definition: string;
  color: string;
  retired: boolean;
}

export interface DimensionDto {
  id: number;
  key: string;
  label: string;
  definition: string;
  retired: boolean;
  positions: PositionDto[];
}

const positionSelect = { id: true, key: true, label: true, definition: true, color: true, retired: true } as const;

function uncachedGetCodebook(): Promise<DimensionDto[]> {
  return db.dimension.findMany({
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: {
      id: true,
      key: true,
      label: true,
      definition: true,
      retired: true,
      positions: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: positionSelect },
    },
  });
}

/** One position with its dimension, by their keys; null when there is none. */
async function uncachedGetPosition(dimensionKey: string, positionKey: string) {
  const position = await db.position.findFirst({
    where: { key: positionKey, dimension: { key: dimensionKey } },
    select: { ...positionSelect, dimension: { select: { key: true, label: true, definition: true } } },
  });
  return position;
}

export type PositionWithDimension = NonNullable<Awaited<ReturnType<typeof getPosition>>>;

// Cached across requests and refreshed when the record changes (lib/public-cache.ts).
export const getCodebook = cachedPublicRead("codebook.getCodebook", uncachedGetCodebook);
export const getPosition = cachedPublicRead("codebook.getPosition", uncachedGetPosition);
