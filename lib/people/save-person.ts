// Editing a person on their admin page: name and description, aliases, and roles with dates. Every change is
// optimistic on Person.version (alias and role changes bump it too, so two editors cannot silently undo each
// other) and runs in one transaction with an audit event holding the person before and after.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { parseInput } from "@/lib/validation";
import {
  aliasAddSchema,
  aliasRemoveSchema,
  personEditSchema,
  roleRemoveSchema,
  roleSaveSchema,
  type AliasAddInput,
  type AliasRemoveInput,
  type PersonEditInput,
  type RoleRemoveInput,
  type RoleSaveInput,
} from "./schemas";
import { fromIsoDay } from "@/lib/dates";

type Tx = Prisma.TransactionClient;

const snapshotSelect = {
  id: true,
  name: true,
  slug: true,
  description: true,
  version: true,
  deletedAt: true,
  mergedIntoId: true,
  aliases: { orderBy: { id: "asc" }, select: { id: true, name: true, language: true } },
  roles: {
    orderBy: { id: "asc" },
    select: { id: true, countryId: true, title: true, organization: true, startsOn: true, endsOn: true },
  },
} satisfies Prisma.PersonSelect;

/** The person with aliases and roles, as the audit trail keeps them. */
export function personSnapshot(tx: Tx, id: number) {
  return tx.person.findUnique({ where: { id }, select: snapshotSelect });
}
export type PersonSnapshot = NonNullable<Awaited<ReturnType<typeof personSnapshot>>>;

export function stalePerson(current: { version: number }): AppError {
  return new AppError(
    "CONFLICT",
    "Someone changed this person since you opened the page. Reload to see the current version.",
    {
      data: { version: current.version },
    },
  );
}

/** Loads a live person at `version`, bumps the version (guarded), and returns the snapshot before the change. */
export async function lockPerson(tx: Tx, id: number, version: number): Promise<PersonSnapshot> {
  const before = await personSnapshot(tx, id);
  if (!before || before.deletedAt || before.mergedIntoId)
    throw new AppError("NOT_FOUND", "No such person (deleted or merged).");
  if (before.version !== version) throw stalePerson(before);
  const bumped = await tx.person.updateMany({ where: { id, version }, data: { version: { increment: 1 } } });
  if (bumped.count === 0) throw stalePerson(before);
  return before;
}

async function changePerson(
  user: SessionUser | null,
  personId: number,
  version: number,
  work: (tx: Tx, before: PersonSnapshot) => Promise<void>,
) {
  assertCan(user, "person.edit");
  return db.$transaction(async (tx) => {
    const before = await lockPerson(tx, personId, version);
    await work(tx, before);
    const after = await personSnapshot(tx, personId);
    if (!after) throw new AppError("NOT_FOUND", "No such person.");
    await recordAudit(tx, { actor: user, action: "update", entityType: "Person", entityId: personId, before, after });
    return { id: personId, version: after.version };
  });
}

const day = (value: string | null) => (value ? fromIsoDay(value) : null);

/** Name and description. The slug stays, so the public address does not change under readers' bookmarks. */
export async function updatePerson(user: SessionUser | null, raw: PersonEditInput) {
  assertCan(user, "person.edit");
  const input = parseInput(personEditSchema, raw);
  return changePerson(user, input.personId, input.version, async (tx) => {
    await tx.person.update({
      where: { id: input.personId },
      data: { name: input.name, description: input.description },
    });
  });
}

export async function addPersonAlias(user: SessionUser | null, raw: AliasAddInput) {
  assertCan(user, "person.edit");
  const input = parseInput(aliasAddSchema, raw);
  return changePerson(user, input.personId, input.version, async (tx, before) => {
    if (before.name === input.name || before.aliases.some((alias) => alias.name === input.name)) {
      throw new AppError("DUPLICATE", "This person already has that name.", {
        fields: { name: ["This person already has that name."] },
      });
    }
    await tx.personAlias.create({ data: { personId: input.personId, name: input.name, language: input.language } });
  });
}

export async function removePersonAlias(user: SessionUser | null, raw: AliasRemoveInput) {
  assertCan(user, "person.edit");
  const input = parseInput(aliasRemoveSchema, raw);
  return changePerson(user, input.personId, input.version, async (tx) => {
    const removed = await tx.personAlias.deleteMany({ where: { id: input.aliasId, personId: input.personId } });
    if (removed.count === 0) throw new AppError("NOT_FOUND", "No such alias; it may have been removed already.");
  });
}

/** Adds a role, or edits one (`roleId`). Dates are inclusive; an open end means the role is still held. */
export async function savePersonRole(user: SessionUser | null, raw: RoleSaveInput) {
  assertCan(user, "person.edit");
  const input = parseInput(roleSaveSchema, raw);
  return changePerson(user, input.personId, input.version, async (tx) => {
    if (!(await tx.country.findUnique({ where: { id: input.countryId }, select: { id: true } }))) {
      throw new AppError("INVALID_INPUT", "Some fields need attention.", {
        fields: { countryId: ["Choose a country from the list."] },
      });
    }
    const fields = {
      countryId: input.countryId,
      title: input.title,
      organization: input.organization,
      startsOn: day(input.startsOn),
      endsOn: day(input.endsOn),
    };
    if (input.roleId === undefined) {
      await tx.personRole.create({ data: { personId: input.personId, ...fields } });
    } else {
      const updated = await tx.personRole.updateMany({
        where: { id: input.roleId, personId: input.personId },
        data: fields,
      });
      if (updated.count === 0) throw new AppError("NOT_FOUND", "No such role; it may have been removed.");
    }
  });
}

export async function removePersonRole(user: SessionUser | null, raw: RoleRemoveInput) {
  assertCan(user, "person.edit");
  const input = parseInput(roleRemoveSchema, raw);
  return changePerson(user, input.personId, input.version, async (tx) => {
    const removed = await tx.personRole.deleteMany({ where: { id: input.roleId, personId: input.personId } });
    if (removed.count === 0) throw new AppError("NOT_FOUND", "No such role; it may have been removed already.");
  });
}
