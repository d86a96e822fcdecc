// Reference data: every ISO 3166-1 country, named in English, Korean and Chinese (from i18n-iso-countries), and
// the international organizations that speak on ending the Korean War. Added where missing; a country already
// there keeps its own names (the demo's "South Korea", "S. Korea") and only gains its Korean and Chinese ones.
// Editors add others in the admin (docs/decisions/007-reference-data-admin.md).
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import ko from "i18n-iso-countries/langs/ko.json" with { type: "json" };
import zh from "i18n-iso-countries/langs/zh.json" with { type: "json" };
import type { Db } from "./db";

countries.registerLocale(en);
countries.registerLocale(ko);
countries.registerLocale(zh);

interface ReferenceCountry {
  code: string;
  name: string;
  shortName: string;
  nameKo: string | null;
  nameZh: string | null;
  kind: "country" | "organization";
}

export const ORGANIZATIONS: ReferenceCountry[] = [
  { code: "UN", name: "United Nations", shortName: "UN", nameKo: "국제연합", nameZh: "联合国" },
  { code: "UNC", name: "United Nations Command", shortName: "UNC", nameKo: "유엔군사령부", nameZh: "联合国军司令部" },
  { code: "EU", name: "European Union", shortName: "EU", nameKo: "유럽연합", nameZh: "欧洲联盟" },
  {
    code: "ASEAN",
    name: "Association of Southeast Asian Nations",
    shortName: "ASEAN",
    nameKo: "동남아시아국가연합",
    nameZh: "东南亚国家联盟",
  },
  {
    code: "NATO",
    name: "North Atlantic Treaty Organization",
    shortName: "NATO",
    nameKo: "북대서양조약기구",
    nameZh: "北大西洋公约组织",
  },
  {
    code: "IAEA",
    name: "International Atomic Energy Agency",
    shortName: "IAEA",
    nameKo: "국제원자력기구",
    nameZh: "国际原子能机构",
  },
  { code: "G7", name: "Group of Seven", shortName: "G7", nameKo: "주요 7개국", nameZh: "七国集团" },
  { code: "G20", name: "Group of Twenty", shortName: "G20", nameKo: "주요 20개국", nameZh: "二十国集团" },
].map((organization) => ({ ...organization, kind: "organization" as const }));

/** Every ISO 3166-1 country; the short name is the shorter English one ("Russia" for "Russian Federation"). */
export function isoCountries(): ReferenceCountry[] {
  return Object.keys(countries.getAlpha2Codes()).map((code) => {
    const name = countries.getName(code, "en", { select: "official" }) ?? code;
    const alias = countries.getName(code, "en", { select: "alias" }) ?? name;
    return {
      code,
      name,
      shortName: alias.length < name.length ? alias : name,
      nameKo: countries.getName(code, "ko") ?? null,
      nameZh: countries.getName(code, "zh") ?? null,
      kind: "country" as const,
    };
  });
}

/** Adds what is missing and the Korean and Chinese names of what is there; returns how many rows were added. */
export async function seedReferenceCountries(db: Db): Promise<number> {
  const all = [...isoCountries(), ...ORGANIZATIONS];
  const added = await db.country.createMany({ data: all, skipDuplicates: true });
  const missingNames = await db.country.findMany({
    where: { OR: [{ nameKo: null }, { nameZh: null }], code: { in: all.map((country) => country.code) } },
    select: { code: true },
  });
  const byCode = new Map(all.map((country) => [country.code, country]));
  for (const { code } of missingNames) {
    const names = byCode.get(code);
    if (names) await db.country.update({ where: { code }, data: { nameKo: names.nameKo, nameZh: names.nameZh } });
  }
  return added.count;
}
