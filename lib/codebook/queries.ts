// The codebook for coding: dimensions open for new coding, with all their positions (retired ones marked, so a
// quote coded under one still shows it). Reference data read by the annotation workspace and save-quote.
import "server-only";
import { db } from "@/lib/db";

export interface CodingPosition {
  id: number;
  key: string;
  label: string;
  definition: string;
  color: string;
  retired: boolean;
}

export interface CodingDimension {
  id: number;
  key: string;
  label: string;
  definition: string;
  positions: CodingPosition[];
}

export function getCodingCodebook(): Promise<CodingDimension[]> {
  return db.dimension.findMany({
    where: { retired: false },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: {
      id: true,
      key: true,
      label: true,
      definition: true,
      positions: {
        orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
        select: { id: true, key: true, label: true, definition: true, color: true, retired: true },
      },
    },
  });
}
