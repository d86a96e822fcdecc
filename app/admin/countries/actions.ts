"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions";
import { saveCountry, saveOutlet } from "@/lib/countries/reference-data";
import { saveOrganization } from "@/lib/countries/organizations";
import { countrySaveSchema, organizationSaveSchema, outletSaveSchema } from "@/lib/countries/schemas";

export const saveCountryAction = formAction(countrySaveSchema, async (input, user) => {
  const country = await saveCountry(user, input);
  revalidatePath("/admin/countries");
  return { ok: true, message: `Saved ${country.name} (${country.code}).` };
});

export const saveOutletAction = formAction(outletSaveSchema, async (input, user) => {
  await saveOutlet(user, input);
  revalidatePath("/admin/outlets");
  return { ok: true, message: `Saved ${input.name}.` };
});

export const saveOrganizationAction = formAction(organizationSaveSchema, async (input, user) => {
  const organization = await saveOrganization(user, input);
  revalidatePath("/admin/organizations");
  return { ok: true, message: `Saved ${organization.name}.` };
});
