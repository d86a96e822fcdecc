// Speaking organizations (coding rule 6: a ministry, a government, a state news agency) as editors keep them
// (referenceData.edit): added from the annotation workspace after a confirmation, listed and corrected on
// /admin/organizations. Each change is one transaction with its audit event. The same name for the same country,
// ignoring case and spacing, is refused, naming the one that exists, so the list does not grow a second "Ministry
// of Foreign Affairs" for one country. Nothing is deleted here: quotes point at these rows.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { parseInput } from "@/lib/validation";
import { organizationSaveSchema, type OrganizationSaveInput } from "./schemas";
import { listCountriesAdmin, type AdminCountry } from "./reference-data";

const organizationSelect = { id: true, name: true, countryId: true } satisfies Prisma.OrganizationSelect;

export interface SpeakingOrganization {
  id: number;
  name: string;
  countryId: number | null;
}

export interface AdminOrganization extends SpeakingOrganization {
  country: string | null;
  /** Live quotes it speaks (their speaker's country follows the quote, not a later change here). */
  quotes: number;
}

export async function listOrganizationsAdmin(user: SessionUser | null): Promise<AdminOrganization[]> {
  assertCan(user, "referenceData.edit");
  const rows = await db.organization.findMany({
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      ...organizationSelect,
      country: { select: { shortName: true } },
    },
  });
  // Counted over the quotes organizations speak only: a relation `_count` in the select would make Prisma group the
  // whole Quote table (every person's quote too) before joining.
  const groups = await db.quote.groupBy({
    by: ["speakerOrganizationId"],
    where: { speakerOrganizationId: { in: rows.map((row) => row.id) }, deletedAt: null },
    _count: { _all: true },
  });
  const counts = new Map(groups.map((group) => [group.speakerOrganizationId, group._count._all]));
  return rows.map(({ country, ...organization }) => ({
    ...organization,
    country: country?.shortName ?? null,
    quotes: counts.get(organization.id) ?? 0,
  }));
}

/** Adds an organization, or corrects one (`id`): its name or the country it speaks for. */
export async function saveOrganization(
  user: SessionUser | null,
  raw: OrganizationSaveInput,
): Promise<SpeakingOrganization> {
  assertCan(user, "referenceData.edit");
  const { id, name, countryId } = parseInput(organizationSaveSchema, raw);
  return db.$transaction(async (tx) => {
    const country = await tx.country.findUnique({ where: { id: countryId }, select: { shortName: true } });
    if (!country)
      throw new AppError("INVALID_INPUT", "Some fields need attention.", {
        fields: { countryId: ["Choose a country from the list."] },
      });
    const folded = fold(name);
    const existing = (
      await tx.organization.findMany({ where: { countryId, id: { not: id } }, select: { name: true } })
    ).find((organization) => fold(organization.name) === folded);
    if (existing) {
      const message = `${existing.name} (${country.shortName}) exists already: choose it in the list.`;
      throw new AppError("DUPLICATE", message, { fields: { name: [message] } });
    }
    const before =
      id === undefined ? null : await tx.organization.findUnique({ where: { id }, select: organizationSelect });
    if (id !== undefined && !before) throw new AppError("NOT_FOUND", "No such organization.");
    const after = before
      ? await tx.organization.update({
          where: { id: before.id },
          data: { name, countryId },
          select: organizationSelect,
        })
      : await tx.organization.create({ data: { name, countryId }, select: organizationSelect });
    await recordAudit(tx, {
      actor: user,
      action: before ? "update" : "create",
      entityType: "Organization",
      entityId: after.id,
      before,
      after,
    });
    return after;
  });
}

const fold = (name: string) => name.replace(/\s+/g, " ").trim().toLowerCase();

/** The organizations page in one read: the organizations and the countries their form offers. */
export async function getOrganizationsPage(
  user: SessionUser | null,
): Promise<{ organizations: AdminOrganization[]; countries: AdminCountry[] }> {
  assertCan(user, "referenceData.edit");
  const [organizations, countries] = await Promise.all([listOrganizationsAdmin(user), listCountriesAdmin(user)]);
  return { organizations, countries };
}
