// The public versions of a published record: its first publication, then each approved correction (a revision,
// lib/review/revisions.ts). Version n's content is the approved revision's payload; the first version's is the
// first correction's `original` (null when the record was never corrected: its only version is the live row).
// Kind-specific views build on this (lib/quotes/, lib/country-stances/ and lib/articles/versions-public.ts).
import "server-only";
import { db } from "@/lib/db";
import type { AuditEntityType } from "@/lib/audit/record";

export interface PublicVersion {
  number: number;
  publishedAt: Date;
  /** What the correction changed ("summary, period"); null for the first publication. */
  note: string | null;
}

export interface VersionWithContent<C> extends PublicVersion {
  content: C | null;
  /** When the next version replaced it; null for the current one. */
  supersededAt: Date | null;
}

export interface PublicHistory {
  versions: PublicVersion[];
  /** The latest correction, for "Corrected on …: …"; null when the record was never corrected. */
  corrected: PublicVersion | null;
}

/** Every version of a record the caller has already found public, oldest first. */
export async function approvedVersions<C>(
  entityType: AuditEntityType,
  entityId: number,
  firstPublishedAt: Date,
): Promise<VersionWithContent<C>[]> {
  const corrections = await db.revision.findMany({
    where: { entityType, entityId, status: "approved" },
    orderBy: [{ decidedAt: "asc" }, { id: "asc" }],
    select: { original: true, payload: true, note: true, decidedAt: true },
  });
  const versions = [
    { number: 1, publishedAt: firstPublishedAt, note: null, content: (corrections[0]?.original as C) ?? null },
    ...corrections.map((correction, index) => ({
      number: index + 2,
      publishedAt: correction.decidedAt ?? firstPublishedAt,
      note: correction.note,
      content: correction.payload as C,
    })),
  ];
  return versions.map((version, index) => ({ ...version, supersededAt: versions[index + 1]?.publishedAt ?? null }));
}

export function historyOf(versions: PublicVersion[]): PublicHistory {
  const list = versions.map(({ number, publishedAt, note }) => ({ number, publishedAt, note }));
  return { versions: list, corrected: list.length > 1 ? (list.at(-1) ?? null) : null };
}

/** Each record's published version number (1 + its approved corrections), for a page of records. */
export async function versionNumbers(entityType: AuditEntityType, ids: number[]): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map();
  const counts = await db.revision.groupBy({
    by: ["entityId"],
    where: { entityType, entityId: { in: ids }, status: "approved" },
    _count: { _all: true },
  });
  const approved = new Map(counts.map((row) => [row.entityId, row._count._all]));
  return new Map(ids.map((id) => [id, 1 + (approved.get(id) ?? 0)]));
}
