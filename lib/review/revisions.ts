// The review of a revision (a correction of a published record): its editors submit it, a reviewer returns it
// with a comment or approves it. Approval applies the revision to the live record in one transaction, with the
// kind's own write (lib/review/revision-kinds.ts), and is refused to every contributor of the revision (an admin
// may override with a reason), when the revision changed since the reviewer looked (with the newer diff), when
// the record changed or was deleted since the revision began, and, for body corrections, until each fuzzy or
// orphaned quote has a decision.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma, RevisionStatus } from "@/lib/generated/prisma/client";
import { assertCan, assertMayPublish, type SessionUser } from "@/lib/auth/permissions";
import { recordAudit, type AuditEntityType } from "@/lib/audit/record";
import {
  approveRevisionSchema,
  returnRevisionSchema,
  revisionTargetSchema,
  type ApproveRevisionInput,
  type ReturnRevisionInput,
  type RevisionTarget,
} from "@/lib/revisions/schemas";
import { detectShiftsIn } from "@/lib/review/shift-detection";
import { parseInput } from "@/lib/validation";
import { REVISION_KINDS, type RevisionKind } from "./revision-kinds";
import { describeRevision, type RevisionDiff } from "./revision-diff";

type Tx = Prisma.TransactionClient;

const revisionSelect = {
  id: true,
  entityType: true,
  entityId: true,
  baseVersion: true,
  status: true,
  version: true,
  payload: true,
  original: true,
  anchoring: true,
  contributorIds: true,
} as const;

type Revision = Prisma.RevisionGetPayload<{ select: typeof revisionSelect }>;

/** Its editors send a draft or returned revision for review. */
export async function submitRevision(actor: SessionUser | null, target: RevisionTarget) {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  const { revisionId, version } = parseInput(revisionTargetSchema, target);
  return db.$transaction(async (tx) => {
    const revision = await load(tx, revisionId);
    assertCan(actor, kindOf(revision).permission);
    return step(tx, actor, revision, version, ["draft", "returned"], { status: "in_review", submittedAt: new Date() });
  });
}

export async function returnRevision(actor: SessionUser | null, input: ReturnRevisionInput) {
  assertCan(actor, "review.publish");
  const { revisionId, version, comment } = parseInput(returnRevisionSchema, input);
  return db.$transaction(async (tx) => {
    const revision = await load(tx, revisionId);
    return step(tx, actor, revision, version, ["in_review"], {
      status: "returned",
      reviewComment: comment,
      reviewerId: actor.id,
      decidedAt: new Date(),
    });
  });
}

export async function approveRevision(actor: SessionUser | null, input: ApproveRevisionInput) {
  assertCan(actor, "review.publish");
  const { revisionId, version, overrideReason, decisions } = parseInput(approveRevisionSchema, input);
  return db.$transaction(
    async (tx) => {
      const revision = await load(tx, revisionId);
      const kind = kindOf(revision);
      const { override } = assertMayPublish(actor, revision.contributorIds, overrideReason);
      if (revision.version !== version) await staleRevision(tx, revision, kind);
      assertStatus(revision, ["in_review"], kind);
      const live = await kind.live(tx, revision.entityId);
      if (!live || live.deletedAt) {
        throw new AppError("CONFLICT", `This ${kind.label} has been deleted: its correction cannot be applied.`);
      }
      if (live.version !== revision.baseVersion) {
        throw new AppError(
          "CONFLICT",
          `The published ${kind.label} changed since this correction began (version ${revision.baseVersion}, now ${live.version}); return it so that an editor can redo it on the current version.`,
        );
      }
      const diff = await describeRevision(tx, revision);
      const appliedVersion = await kind.apply(tx, actor, revision, live.version, decisions);
      // A corrected quote may now take another position than its country's record.
      if (revision.entityType === "Quote") await detectShiftsIn(tx, actor, [revision.entityId]);
      const note = diff.fields.map((field) => field.label.toLowerCase()).join(", ") || null;
      return step(tx, actor, revision, version, ["in_review"], {
        status: "approved",
        reviewerId: actor.id,
        decidedAt: new Date(),
        appliedVersion,
        note,
        facts: { override, decisions },
      });
    },
    // A body correction re-anchors every quote of the article.
    { timeout: 60_000 },
  );
}

async function load(tx: Tx, id: number): Promise<Revision> {
  const revision = await tx.revision.findUnique({ where: { id }, select: revisionSelect });
  if (!revision || !(revision.entityType in REVISION_KINDS)) throw new AppError("NOT_FOUND", "No such correction.");
  return revision;
}

function kindOf(revision: Revision): RevisionKind {
  const kind = REVISION_KINDS[revision.entityType];
  if (!kind) throw new AppError("NOT_FOUND", "No such correction.");
  return kind;
}

const STATUS_WORDS: Record<RevisionStatus, string> = {
  draft: "a draft",
  in_review: "in review",
  returned: "returned to its editors",
  approved: "approved already",
};

function assertStatus(revision: Revision, from: readonly RevisionStatus[], kind: RevisionKind) {
  if (!from.includes(revision.status)) {
    throw new AppError(
      "CONFLICT",
      `This correction of a ${kind.label} is ${STATUS_WORDS[revision.status]}, so it cannot take this step.`,
    );
  }
}

/** "Someone edited it since you looked": CONFLICT carrying the newer diff, for the reviewer to look again. */
async function staleRevision(tx: Tx, revision: Revision, kind: RevisionKind): Promise<never> {
  const diff: RevisionDiff = await describeRevision(tx, revision);
  throw new AppError(
    "CONFLICT",
    `This correction of a ${kind.label} was edited since you looked at it (now version ${revision.version}): review the newer changes before approving.`,
    { data: { version: revision.version, diff } },
  );
}

interface StepChange {
  status: RevisionStatus;
  submittedAt?: Date;
  reviewerId?: string;
  reviewComment?: string;
  decidedAt?: Date;
  appliedVersion?: number;
  note?: string | null;
  /** Extra facts for the audit event (an override's reason, the reviewer's decisions). */
  facts?: Record<string, unknown>;
}

async function step(
  tx: Tx,
  actor: SessionUser,
  revision: Revision,
  version: number,
  from: readonly RevisionStatus[],
  { facts, ...change }: StepChange,
) {
  const kind = kindOf(revision);
  if (revision.version !== version) await staleRevision(tx, revision, kind);
  assertStatus(revision, from, kind);
  const { count } = await tx.revision.updateMany({
    where: { id: revision.id, version },
    data: { ...change, version: { increment: 1 } },
  });
  if (count === 0) await staleRevision(tx, await load(tx, revision.id), kind);
  await recordAudit(tx, {
    actor,
    action: "revision",
    entityType: revision.entityType as AuditEntityType,
    entityId: revision.entityId,
    before: { revisionId: revision.id, status: revision.status, version },
    after: { revisionId: revision.id, ...change, version: version + 1, ...facts },
  });
  return { id: revision.id, status: change.status, version: version + 1 };
}
