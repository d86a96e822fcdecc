// Saving a correction of a published record as a revision instead of writing the live row: the first save starts
// the record's one open revision, later saves (by anyone) continue it and add their author to its contributors.
// Generic over the kind of record: each kind's save function (lib/quotes/save-quote.ts, …) checks its input with
// its own schema and rules first, then hands the content here. Runs inside the caller's transaction.
import "server-only";
import { AppError } from "@/lib/errors";
import { Prisma, type RevisionStatus } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/permissions";
import { recordAudit, type AuditEntityType } from "@/lib/audit/record";
import { withContributor } from "./contributors";

type Tx = Prisma.TransactionClient;

export const OPEN_REVISION: readonly RevisionStatus[] = ["draft", "in_review", "returned"];

export interface OpenRevision {
  id: number;
  status: RevisionStatus;
  version: number;
  baseVersion: number;
  reviewComment: string | null;
  contributorIds: string[];
  payload: unknown;
}

const openSelect = {
  id: true,
  status: true,
  version: true,
  baseVersion: true,
  reviewComment: true,
  contributorIds: true,
  payload: true,
} as const;

export async function findOpenRevision(tx: Tx, entityType: AuditEntityType, entityId: number) {
  return (await tx.revision.findFirst({
    where: { entityType, entityId, status: { in: [...OPEN_REVISION] } },
    select: openSelect,
  })) as OpenRevision | null;
}

export interface Proposal {
  entityType: AuditEntityType;
  entityId: number;
  /** What the record is called in messages ("quote"). */
  label: string;
  /** The live record's version now, and the one the editor started from. */
  liveVersion: number;
  seenVersion: number | undefined;
  /** The live record's editable content (the diff's left side) and the proposed one, both in the save schema's shape. */
  original: object;
  payload: object;
  /** Body corrections: what re-anchoring would do to each quote. */
  anchoring?: object;
}

/** Starts or continues the record's open revision; returns it. */
export async function proposeRevision(tx: Tx, user: SessionUser, proposal: Proposal): Promise<OpenRevision> {
  const open = await findOpenRevision(tx, proposal.entityType, proposal.entityId);
  const json = (value: object) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
  if (open) {
    // Editing a revision in review keeps it there, but bumps its version: a reviewer who saw the older one is
    // told on approval that it changed, and shown the newer diff.
    const saved = await tx.revision.update({
      where: { id: open.id },
      data: {
        payload: json(proposal.payload),
        anchoring: proposal.anchoring ? json(proposal.anchoring) : Prisma.DbNull,
        contributorIds: withContributor(open.contributorIds, user.id),
        status: open.status === "returned" ? "draft" : open.status,
        version: { increment: 1 },
      },
      select: openSelect,
    });
    await audit(tx, user, proposal, "edited", saved);
    return saved as OpenRevision;
  }
  if (proposal.seenVersion !== undefined && proposal.seenVersion !== proposal.liveVersion) {
    throw new AppError("CONFLICT", `Someone changed this ${proposal.label} since you opened it; reload it first.`);
  }
  try {
    const created = await tx.revision.create({
      data: {
        entityType: proposal.entityType,
        entityId: proposal.entityId,
        baseVersion: proposal.liveVersion,
        original: json(proposal.original),
        payload: json(proposal.payload),
        anchoring: proposal.anchoring ? json(proposal.anchoring) : Prisma.DbNull,
        contributorIds: [user.id],
      },
      select: openSelect,
    });
    await audit(tx, user, proposal, "started", created);
    return created as OpenRevision;
  } catch (error) {
    // The partial unique index (one open revision per record): another editor started one a moment ago.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError(
        "CONFLICT",
        `Another editor has just started a correction of this ${proposal.label}; reload to continue theirs.`,
      );
    }
    throw error;
  }
}

async function audit(tx: Tx, user: SessionUser, proposal: Proposal, step: string, revision: OpenRevision) {
  await recordAudit(tx, {
    actor: user,
    action: "revision",
    entityType: proposal.entityType,
    entityId: proposal.entityId,
    after: {
      revisionId: revision.id,
      step,
      status: revision.status,
      version: revision.version,
      payload: proposal.payload,
    },
  });
}
