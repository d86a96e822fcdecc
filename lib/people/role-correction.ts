// Corrections of a person's roles. A role decides which country a speaker spoke for on a day (and so whose stance
// a quote is), and the public quote and person pages show it: once a person has a published quote, or their roles
// already have an open correction, a change of their roles is a revision (lib/revisions/, decision 009) that a
// second editor approves; the public keeps the approved roles until then. Other people's roles are edited in
// place (save-person.ts).
import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { findOpenRevision, proposeRevision } from "@/lib/revisions/propose";
import { parseInput } from "@/lib/validation";
import { livePerson, lockPerson, personSnapshot, type PersonSnapshot } from "./person-lock";
import { personRolesSchema, type RoleContent } from "./schemas";
import { fromIsoDay, toIsoDay } from "@/lib/dates";

type Tx = Prisma.TransactionClient;

const day = (date: Date | null) => (date ? toIsoDay(date) : null);
const date = (value: string | null) => (value ? fromIsoDay(value) : null);

/** Whether a change of this person's roles must go through a second editor. */
export async function rolesNeedReview(tx: Tx, personId: number): Promise<boolean> {
  if (await findOpenRevision(tx, "Person", personId)) return true;
  const published = await tx.quote.findFirst({
    where: { speakerId: personId, status: "published", deletedAt: null },
    select: { id: true },
  });
  return published !== null;
}

/** The live roles in the correction's shape (a revision's `original`). */
export function rolesContent(person: Pick<PersonSnapshot, "roles">): RoleContent[] {
  return person.roles.map((role) => ({
    roleId: role.id,
    countryId: role.countryId,
    title: role.title,
    organization: role.organization,
    startsOn: day(role.startsOn),
    endsOn: day(role.endsOn),
  }));
}

/** Which role a form points at: its place in the correction shown (`slot`) or the live role's id. */
export interface RoleTarget {
  roleId?: number;
  slot?: number;
}

function indexOf(roles: RoleContent[], target: RoleTarget): number {
  const index =
    target.slot !== undefined
      ? target.slot < roles.length
        ? target.slot
        : -1
      : roles.findIndex((role) => role.roleId === target.roleId);
  if (index < 0) throw new AppError("NOT_FOUND", "No such role in the open correction; reload to see it.");
  return index;
}

/** The roles with one added (no target) or replaced. */
export function withRoleSaved(roles: RoleContent[], target: RoleTarget, role: Omit<RoleContent, "roleId">) {
  if (target.roleId === undefined && target.slot === undefined) return [...roles, { roleId: null, ...role }];
  const index = indexOf(roles, target);
  return roles.map((old, i) => (i === index ? { roleId: old.roleId, ...role } : old));
}

export function withRoleRemoved(roles: RoleContent[], target: RoleTarget) {
  const index = indexOf(roles, target);
  return roles.filter((_, i) => i !== index);
}

export interface RoleCorrectionTarget {
  personId: number;
  /** The person's version the editor saw. */
  version: number;
  /** The open correction's version the editor saw, when the page showed one. */
  revisionVersion?: number;
}

/** Starts or continues the person's role correction with `change` applied to the roles it proposes. */
export async function proposeRoleChange(
  tx: Tx,
  user: SessionUser,
  target: RoleCorrectionTarget,
  change: (roles: RoleContent[]) => RoleContent[],
) {
  const live = await livePerson(tx, target.personId);
  const open = await findOpenRevision(tx, "Person", live.id);
  if (open && target.revisionVersion !== undefined && target.revisionVersion !== open.version) {
    throw new AppError(
      "CONFLICT",
      "Another editor changed the correction of these roles since you opened the page; reload to see it.",
    );
  }
  const current = open ? parseInput(personRolesSchema, open.payload).roles : rolesContent(live);
  const payload = parseInput(personRolesSchema, { roles: change(current) });
  const revision = await proposeRevision(tx, user, {
    entityType: "Person",
    entityId: live.id,
    label: "person's roles",
    liveVersion: live.version,
    seenVersion: target.version,
    original: { roles: rolesContent(live) },
    payload,
  });
  return {
    id: live.id,
    version: live.version,
    revision: { id: revision.id, status: revision.status, version: revision.version },
  };
}

export async function assertCountriesExist(tx: Tx, countryIds: number[]) {
  const wanted = [...new Set(countryIds)];
  const found = await tx.country.count({ where: { id: { in: wanted } } });
  if (found !== wanted.length) {
    throw new AppError("INVALID_INPUT", "Some fields need attention.", {
      fields: { countryId: ["Choose a country from the list."] },
    });
  }
}

/**
 * Makes the person's roles those of an approved correction, at the person's `version` (the correction's base):
 * roles with an id are updated, missing ones deleted, new ones created; one audit event with before and after.
 * Returns the person's new version.
 */
export async function writePersonRoles(
  tx: Tx,
  actor: SessionUser,
  personId: number,
  version: number,
  roles: RoleContent[],
) {
  const before = await lockPerson(tx, personId, version);
  const liveIds = new Set(before.roles.map((role) => role.id));
  if (roles.some((role) => role.roleId !== null && !liveIds.has(role.roleId))) {
    throw new AppError("CONFLICT", "A role this correction edits no longer exists; return it to be redone.");
  }
  await assertCountriesExist(
    tx,
    roles.map((role) => role.countryId),
  );
  const kept = roles.flatMap((role) => (role.roleId === null ? [] : [role.roleId]));
  await tx.personRole.deleteMany({ where: { personId, id: { notIn: kept } } });
  for (const { roleId, ...role } of roles) {
    const fields = { ...role, startsOn: date(role.startsOn), endsOn: date(role.endsOn) };
    if (roleId === null) await tx.personRole.create({ data: { personId, ...fields } });
    else await tx.personRole.update({ where: { id: roleId }, data: fields });
  }
  const after = await personSnapshot(tx, personId);
  if (!after) throw new AppError("NOT_FOUND", "No such person.");
  await recordAudit(tx, { actor, action: "update", entityType: "Person", entityId: personId, before, after });
  return after.version;
}
