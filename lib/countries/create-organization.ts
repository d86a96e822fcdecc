// Adding a speaking organization from the annotation workspace (referenceData.edit), with its audit event in the
// same transaction. The same name for the same country, ignoring case and spacing, is refused, naming the one that
// exists, so the list does not grow a second "Ministry of Foreign Affairs" for one country.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { parseInput } from "@/lib/validation";
import { organizationCreateSchema, type OrganizationCreateInput } from "./schemas";

export async function createOrganization(
  user: SessionUser | null,
  raw: OrganizationCreateInput,
): Promise<{ id: number; name: string; countryId: number | null }> {
  assertCan(user, "referenceData.edit");
  const { name, countryId } = parseInput(organizationCreateSchema, raw);
  return db.$transaction(async (tx) => {
    const country = await tx.country.findUnique({ where: { id: countryId }, select: { shortName: true } });
    if (!country)
      throw new AppError("INVALID_INPUT", "Some fields need attention.", {
        fields: { countryId: ["Choose a country from the list."] },
      });
    const folded = name.replace(/\s+/g, " ").toLowerCase();
    const existing = (await tx.organization.findMany({ where: { countryId }, select: { name: true } })).find(
      (organization) => organization.name.replace(/\s+/g, " ").toLowerCase() === folded,
    );
    if (existing) {
      const message = `${existing.name} (${country.shortName}) exists already: choose it in the list.`;
      throw new AppError("DUPLICATE", message, { fields: { name: [message] } });
    }
    const organization = await tx.organization.create({
      data: { name, countryId },
      select: { id: true, name: true, countryId: true },
    });
    await recordAudit(tx, {
      actor: user,
      action: "create",
      entityType: "Organization",
      entityId: organization.id,
      after: organization,
    });
    return organization;
  });
}
