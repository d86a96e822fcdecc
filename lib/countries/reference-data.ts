// Countries, organizations and news outlets as editors keep them (referenceData.edit): lists for the admin
// pages, and add/edit with an audit event in the same transaction. Codes and outlet names are unique; a clash is
// DUPLICATE beside the field. Nothing is deleted here: quotes, roles and articles point at these rows.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CountryKind, Prisma } from "@/lib/generated/prisma/client";
import { assertCan, type SessionUser } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { parseInput } from "@/lib/validation";
import { countrySaveSchema, outletSaveSchema, type CountrySaveInput, type OutletSaveInput } from "./schemas";

const countrySelect = { id: true, code: true, name: true, shortName: true, kind: true } satisfies Prisma.CountrySelect;
const outletSelect = { id: true, name: true, website: true, countryId: true } satisfies Prisma.OutletSelect;

export interface AdminCountry {
  id: number;
  code: string;
  name: string;
  shortName: string;
  kind: CountryKind;
}

export interface AdminOutlet {
  id: number;
  name: string;
  website: string | null;
  countryId: number | null;
  country: string | null;
}

export async function listCountriesAdmin(user: SessionUser | null): Promise<AdminCountry[]> {
  assertCan(user, "referenceData.edit");
  return db.country.findMany({ orderBy: [{ kind: "asc" }, { name: "asc" }], select: countrySelect });
}

export async function listOutletsAdmin(user: SessionUser | null): Promise<AdminOutlet[]> {
  assertCan(user, "referenceData.edit");
  const rows = await db.outlet.findMany({
    orderBy: { name: "asc" },
    select: { ...outletSelect, country: { select: { shortName: true } } },
  });
  return rows.map(({ country, ...outlet }) => ({ ...outlet, country: country?.shortName ?? null }));
}

export async function saveCountry(user: SessionUser | null, raw: CountrySaveInput): Promise<AdminCountry> {
  assertCan(user, "referenceData.edit");
  const { id, ...fields } = parseInput(countrySaveSchema, raw);
  return db.$transaction(async (tx) => {
    const clash = await tx.country.findUnique({ where: { code: fields.code }, select: { id: true } });
    if (clash && clash.id !== id)
      throw new AppError("DUPLICATE", "That code is taken.", {
        fields: { code: ["Another country or organization has this code."] },
      });
    const before = id === undefined ? null : await tx.country.findUnique({ where: { id }, select: countrySelect });
    if (id !== undefined && !before) throw new AppError("NOT_FOUND", "No such country.");
    const after = before
      ? await tx.country.update({ where: { id: before.id }, data: fields, select: countrySelect })
      : await tx.country.create({ data: fields, select: countrySelect });
    await recordAudit(tx, {
      actor: user,
      action: before ? "update" : "create",
      entityType: "Country",
      entityId: after.id,
      before,
      after,
    });
    return after;
  });
}

export async function saveOutlet(user: SessionUser | null, raw: OutletSaveInput): Promise<{ id: number }> {
  assertCan(user, "referenceData.edit");
  const { id, ...fields } = parseInput(outletSaveSchema, raw);
  return db.$transaction(async (tx) => {
    const clash = await tx.outlet.findUnique({ where: { name: fields.name }, select: { id: true } });
    if (clash && clash.id !== id)
      throw new AppError("DUPLICATE", "That outlet exists already.", {
        fields: { name: ["An outlet with this name exists already."] },
      });
    if (
      fields.countryId !== null &&
      !(await tx.country.findUnique({ where: { id: fields.countryId }, select: { id: true } }))
    ) {
      throw new AppError("INVALID_INPUT", "Some fields need attention.", {
        fields: { countryId: ["Choose a country from the list."] },
      });
    }
    const before = id === undefined ? null : await tx.outlet.findUnique({ where: { id }, select: outletSelect });
    if (id !== undefined && !before) throw new AppError("NOT_FOUND", "No such outlet.");
    const after = before
      ? await tx.outlet.update({ where: { id: before.id }, data: fields, select: outletSelect })
      : await tx.outlet.create({ data: fields, select: outletSelect });
    await recordAudit(tx, {
      actor: user,
      action: before ? "update" : "create",
      entityType: "Outlet",
      entityId: after.id,
      before,
      after,
    });
    return { id: after.id };
  });
}

/** The outlets page in one read: the outlets and the countries their form offers. */
export async function getOutletsPage(
  user: SessionUser | null,
): Promise<{ outlets: AdminOutlet[]; countries: AdminCountry[] }> {
  assertCan(user, "referenceData.edit");
  const [outlets, countries] = await Promise.all([listOutletsAdmin(user), listCountriesAdmin(user)]);
  return { outlets, countries };
}
