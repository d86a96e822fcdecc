// Reference data, editors: the country and outlet lists, and adding or editing a country or a news outlet.
import { db } from "@/lib/db";
import {
  getOutletsPage,
  listCountriesAdmin,
  listOutletsAdmin,
  saveCountry,
  saveOutlet,
} from "@/lib/countries/reference-data";
import { getOrganizationsPage, listOrganizationsAdmin, saveOrganization } from "@/lib/countries/organizations";
import { seedCountry } from "@/prisma/seed/countries";
import { seedOutlet } from "@/prisma/seed/outlets";
import { caseWith, live, unique, type Case } from "./case";

/** An unused code of eight letters: countries' codes are unique and 2–8 upper-case letters. */
const code = () => unique().replace(/./g, (c) => String.fromCharCode(65 + parseInt(c, 16)));

const aCountry = async () => {
  const country = await seedCountry(db, { code: code(), name: "Test Republic", kind: "country" });
  return { countryId: country.id, code: country.code };
};
const anOutlet = async () => {
  const country = await seedCountry(db, { code: "KR", name: "Republic of Korea", shortName: "South Korea" });
  return { outletId: (await seedOutlet(db, { name: `Outlet ${unique()}`, country: "KR" })).id, countryId: country.id };
};

export const REFERENCE_DATA_CASES: Case[] = [
  { action: "referenceData.edit", fn: "listCountriesAdmin", prepare: live, run: (a) => listCountriesAdmin(a) },
  { action: "referenceData.edit", fn: "listOutletsAdmin", prepare: live, run: (a) => listOutletsAdmin(a) },
  { action: "referenceData.edit", fn: "getOutletsPage", prepare: live, run: (a) => getOutletsPage(a) },
  {
    action: "referenceData.edit",
    fn: "saveCountry",
    variant: "new",
    run: (a) =>
      saveCountry(a, { code: code(), name: "United Nations Test", shortName: "UN Test", kind: "organization" }),
  },
  caseWith({
    action: "referenceData.edit",
    fn: "saveCountry",
    variant: "edit",
    prepare: aCountry,
    run: (a, t) =>
      saveCountry(a, {
        id: t.countryId,
        code: t.code,
        name: "Test Republic (renamed)",
        shortName: "Testland",
        kind: "country",
      }),
  }),
  {
    action: "referenceData.edit",
    fn: "saveOutlet",
    variant: "new",
    run: (a) => saveOutlet(a, { name: `Outlet ${unique()}`, website: "https://news.example.org", countryId: "" }),
  },
  caseWith({
    action: "referenceData.edit",
    fn: "saveOutlet",
    variant: "edit",
    prepare: anOutlet,
    run: (a, t) =>
      saveOutlet(a, { id: t.outletId, name: `Outlet ${unique()} (renamed)`, website: "", countryId: t.countryId }),
  }),
  { action: "referenceData.edit", fn: "listOrganizationsAdmin", prepare: live, run: (a) => listOrganizationsAdmin(a) },
  { action: "referenceData.edit", fn: "getOrganizationsPage", prepare: live, run: (a) => getOrganizationsPage(a) },
  caseWith({
    action: "referenceData.edit",
    fn: "saveOrganization",
    variant: "new",
    prepare: aCountry,
    run: (a, t) => saveOrganization(a, { name: `Ministry ${unique()}`, countryId: t.countryId }),
  }),
  caseWith({
    action: "referenceData.edit",
    fn: "saveOrganization",
    variant: "edit",
    prepare: async () => {
      const { countryId } = await aCountry();
      const organization = await db.organization.create({ data: { name: `Ministry ${unique()}`, countryId } });
      return { countryId, organizationId: organization.id };
    },
    run: (a, t) =>
      saveOrganization(a, { id: t.organizationId, name: `Ministry ${unique()} (renamed)`, countryId: t.countryId }),
  }),
];
