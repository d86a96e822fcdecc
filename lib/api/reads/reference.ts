// The reference data of the read API — countries and the codebook — public in full, as on the public site.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CountryDto, DimensionDto } from "@/lib/api/dtos";

const countrySelect = { code: true, name: true, shortName: true, kind: true } as const;

export function listCountries(): Promise<CountryDto[]> {
  return db.country.findMany({ orderBy: { code: "asc" }, select: countrySelect });
}

export async function getCountry(code: string): Promise<CountryDto> {
  const row = await db.country.findUnique({ where: { code: code.toUpperCase() }, select: countrySelect });
  if (!row) throw new AppError("NOT_FOUND", `No country or organization with the code ${code}.`);
  return row;
}

const dimensionSelect = {
  key: true,
  label: true,
  definition: true,
  retired: true,
  positions: {
    orderBy: [{ sortOrder: "asc" as const }, { id: "asc" as const }],
    select: { key: true, label: true, definition: true, color: true, retired: true },
  },
} satisfies Prisma.DimensionSelect;

export function listDimensions(): Promise<DimensionDto[]> {
  return db.dimension.findMany({ orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: dimensionSelect });
}

export async function getDimension(key: string): Promise<DimensionDto> {
  const row = await db.dimension.findUnique({ where: { key }, select: dimensionSelect });
  if (!row) throw new AppError("NOT_FOUND", `No dimension with the key ${key}.`);
  return row;
}
