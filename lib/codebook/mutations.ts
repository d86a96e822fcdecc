// Changes to the codebook, admins only: add a dimension or a position, edit labels, definitions and colours,
// reorder, retire and un-retire. Nothing is ever deleted and keys never change, so every record coded under a
// position keeps it (a retired position is only closed to new coding: lib/quotes/save-quote.ts and
// lib/country-stances/save-country-stance.ts refuse it for new stances). Each change writes its audit event in
// the same transaction.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { parseInput } from "@/lib/validation";
import {
  codebookMoveSchema,
  codebookRetireSchema,
  dimensionCreateSchema,
  dimensionUpdateSchema,
  positionCreateSchema,
  positionUpdateSchema,
  type CodebookMoveInput,
  type CodebookRetireInput,
  type DimensionCreateInput,
  type DimensionUpdateInput,
  type PositionCreateInput,
  type PositionUpdateInput,
} from "./schemas";

type Tx = Prisma.TransactionClient;

const dimensionAudit = {
  id: true,
  key: true,
  label: true,
  definition: true,
  sortOrder: true,
  retired: true,
} satisfies Prisma.DimensionSelect;
const positionAudit = {
  id: true,
  dimensionId: true,
  key: true,
  label: true,
  definition: true,
  color: true,
  sortOrder: true,
  retired: true,
} satisfies Prisma.PositionSelect;

const duplicateKey = (what: string) =>
  new AppError("DUPLICATE", `A ${what} with this key exists already.`, {
    fields: { key: [`A ${what} with this key exists already; keys are never reused.`] },
  });

export async function createDimension(user: SessionUser | null, raw: DimensionCreateInput) {
  assertCan(user, "codebook.edit");
  const input = parseInput(dimensionCreateSchema, raw);
  return db.$transaction(async (tx) => {
    if (await tx.dimension.findUnique({ where: { key: input.key }, select: { id: true } }))
      throw duplicateKey("dimension");
    const last = await tx.dimension.aggregate({ _max: { sortOrder: true } });
    const after = await tx.dimension.create({
      data: { ...input, sortOrder: (last._max.sortOrder ?? -1) + 1 },
      select: dimensionAudit,
    });
    await recordAudit(tx, { actor: user, action: "create", entityType: "Dimension", entityId: after.id, after });
    return after;
  });
}

export async function createPosition(user: SessionUser | null, raw: PositionCreateInput) {
  assertCan(user, "codebook.edit");
  const input = parseInput(positionCreateSchema, raw);
  return db.$transaction(async (tx) => {
    if (!(await tx.dimension.findUnique({ where: { id: input.dimensionId }, select: { id: true } })))
      throw new AppError("NOT_FOUND", "No such dimension.");
    const taken = await tx.position.findUnique({
      where: { dimensionId_key: { dimensionId: input.dimensionId, key: input.key } },
      select: { id: true },
    });
    if (taken) throw duplicateKey("position of this dimension");
    const last = await tx.position.aggregate({ where: { dimensionId: input.dimensionId }, _max: { sortOrder: true } });
    const after = await tx.position.create({
      data: { ...input, sortOrder: (last._max.sortOrder ?? -1) + 1 },
      select: positionAudit,
    });
    await recordAudit(tx, { actor: user, action: "create", entityType: "Position", entityId: after.id, after });
    return after;
  });
}

export async function updateDimension(user: SessionUser | null, raw: DimensionUpdateInput) {
  assertCan(user, "codebook.edit");
  const { id, ...fields } = parseInput(dimensionUpdateSchema, raw);
  return db.$transaction(async (tx) => {
    const before = await tx.dimension.findUnique({ where: { id }, select: dimensionAudit });
    if (!before) throw new AppError("NOT_FOUND", "No such dimension.");
    const after = await tx.dimension.update({ where: { id }, data: fields, select: dimensionAudit });
    await recordAudit(tx, { actor: user, action: "update", entityType: "Dimension", entityId: id, before, after });
    return after;
  });
}

export async function updatePosition(user: SessionUser | null, raw: PositionUpdateInput) {
  assertCan(user, "codebook.edit");
  const { id, ...fields } = parseInput(positionUpdateSchema, raw);
  return db.$transaction(async (tx) => {
    const before = await tx.position.findUnique({ where: { id }, select: positionAudit });
    if (!before) throw new AppError("NOT_FOUND", "No such position.");
    const after = await tx.position.update({ where: { id }, data: fields, select: positionAudit });
    await recordAudit(tx, { actor: user, action: "update", entityType: "Position", entityId: id, before, after });
    return after;
  });
}

export async function setCodebookRetired(user: SessionUser | null, raw: CodebookRetireInput) {
  assertCan(user, "codebook.edit");
  const { kind, id, retired } = parseInput(codebookRetireSchema, raw);
  return db.$transaction(async (tx) => {
    if (kind === "dimension") {
      const before = await tx.dimension.findUnique({ where: { id }, select: dimensionAudit });
      if (!before) throw new AppError("NOT_FOUND", "No such dimension.");
      const after = await tx.dimension.update({ where: { id }, data: { retired }, select: dimensionAudit });
      await recordAudit(tx, { actor: user, action: "update", entityType: "Dimension", entityId: id, before, after });
    } else {
      const before = await tx.position.findUnique({ where: { id }, select: positionAudit });
      if (!before) throw new AppError("NOT_FOUND", "No such position.");
      const after = await tx.position.update({ where: { id }, data: { retired }, select: positionAudit });
      await recordAudit(tx, { actor: user, action: "update", entityType: "Position", entityId: id, before, after });
    }
  });
}

/**
 * Swaps an entry with its neighbour (among the dimensions, or the positions of its dimension). The siblings are
 * renumbered 0…n-1 first, so entries seeded with equal sortOrder still move one step.
 */
export async function moveCodebookEntry(user: SessionUser | null, raw: CodebookMoveInput) {
  assertCan(user, "codebook.edit");
  const { kind, id, direction } = parseInput(codebookMoveSchema, raw);
  return db.$transaction(async (tx) => {
    const siblings = await loadSiblings(tx, kind, id);
    const index = siblings.findIndex((entry) => entry.id === id);
    const other = index + (direction === "up" ? -1 : 1);
    if (other < 0 || other >= siblings.length) return;
    const before = siblings.map((entry) => ({ id: entry.id, sortOrder: entry.sortOrder }));
    const order = [...siblings];
    [order[index], order[other]] = [order[other], order[index]];
    const after = order.map((entry, sortOrder) => ({ id: entry.id, sortOrder }));
    for (const [sortOrder, entry] of order.entries()) {
      if (entry.sortOrder === sortOrder) continue;
      if (kind === "dimension") await tx.dimension.update({ where: { id: entry.id }, data: { sortOrder } });
      else await tx.position.update({ where: { id: entry.id }, data: { sortOrder } });
    }
    await recordAudit(tx, {
      actor: user,
      action: "reorder",
      entityType: kind === "dimension" ? "Dimension" : "Position",
      entityId: id,
      before: { order: before },
      after: { order: after },
    });
  });
}

async function loadSiblings(tx: Tx, kind: "dimension" | "position", id: number) {
  const orderBy = [{ sortOrder: "asc" as const }, { id: "asc" as const }];
  if (kind === "dimension") {
    if (!(await tx.dimension.findUnique({ where: { id }, select: { id: true } })))
      throw new AppError("NOT_FOUND", "No such dimension.");
    return tx.dimension.findMany({ orderBy, select: { id: true, sortOrder: true } });
  }
  const position = await tx.position.findUnique({ where: { id }, select: { dimensionId: true } });
  if (!position) throw new AppError("NOT_FOUND", "No such position.");
  return tx.position.findMany({
    where: { dimensionId: position.dimensionId },
    orderBy,
    select: { id: true, sortOrder: true },
  });
}
