// Editing a person on their admin page: name and description, aliases, and roles with dates. Every change is
// optimistic on Person.version (alias and role changes bump it too, so two editors cannot silently undo each
// other) and runs in one transaction with an audit event holding the person before and after.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { lockPerson, personSnapshot, type PersonSnapshot } from "./person-lock";
import {
  assertCountriesExist,
  proposeRoleChange,
  rolesNeedReview,
  withRoleRemoved,
  withRoleSaved,
} from "./role-correction";
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

async function changePerson(
  user: SessionUser | null,
  personId: number,
  version: number,
  work: (tx: Tx, before: PersonSnapshot) => Promise<void>,
) {
  assertCan(user, "person.edit");
  return db.$transaction((tx) => changePersonIn(tx, user, personId, version, work));
}

async function changePersonIn(
  tx: Tx,
  user: SessionUser,
  personId: number,
  version: number,
  work: (tx: Tx, before: PersonSnapshot) => Promise<void>,
) {
  const before = await lockPerson(tx, personId, version);
  await work(tx, before);
  const after = await personSnapshot(tx, personId);
  if (!after) throw new AppError("NOT_FOUND", "No such person.");
  await recordAudit(tx, { actor: user, action: "update", entityType: "Person", entityId: personId, before, after });
  return { id: personId, version: after.version, revision: null };
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

/**
 * Adds a role, or edits one (`roleId`, or `slot` in an open correction). Dates are inclusive; an open end means the
 * role is still held. For a person with published quotes the change becomes a correction for a second editor
 * (role-correction.ts); the result's `revision` says so.
 */
export async function savePersonRole(user: SessionUser | null, raw: RoleSaveInput) {
  assertCan(user, "person.edit");
  const input = parseInput(roleSaveSchema, raw);
  const role = {
    countryId: input.countryId,
    title: input.title,
    organization: input.organization,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
  };
  return db.$transaction(async (tx) => {
    await assertCountriesExist(tx, [input.countryId]);
    if (await rolesNeedReview(tx, input.personId)) {
      return proposeRoleChange(tx, user, input, (roles) => withRoleSaved(roles, input, role));
    }
    if (input.slot !== undefined) throw noCorrection();
    return changePersonIn(tx, user, input.personId, input.version, async () => {
      const fields = { ...role, startsOn: day(role.startsOn), endsOn: day(role.endsOn) };
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
  });
}

export async function removePersonRole(user: SessionUser | null, raw: RoleRemoveInput) {
  assertCan(user, "person.edit");
  const input = parseInput(roleRemoveSchema, raw);
  return db.$transaction(async (tx) => {
    if (await rolesNeedReview(tx, input.personId)) {
      return proposeRoleChange(tx, user, input, (roles) => withRoleRemoved(roles, input));
    }
    if (input.roleId === undefined) throw noCorrection();
    const roleId = input.roleId;
    return changePersonIn(tx, user, input.personId, input.version, async () => {
      const removed = await tx.personRole.deleteMany({ where: { id: roleId, personId: input.personId } });
      if (removed.count === 0) throw new AppError("NOT_FOUND", "No such role; it may have been removed already.");
    });
  });
}

/** A form of a correction that has been approved or withdrawn meanwhile. */
const noCorrection = () =>
  new AppError("CONFLICT", "The correction of these roles was decided since you opened the page; reload to see it.");
