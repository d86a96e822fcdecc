// The explorer's read path, one function: the address parsed once by the read API's parser, each code resolved
// once, then the table page, the facets and the country × position periods read from the read model in parallel,
// with the menus of the filter form. A bad address is not an error here: it comes back as `fields` for the page to
// name, with the menus, so the form can be fixed in place.
import "server-only";
import type { SessionUser } from "@/lib/auth/permissions";
import type { Page } from "@/lib/cursor";
import { getCodebook } from "@/lib/codebook/public";
import { listCountries } from "@/lib/countries/public";
import { isAppError } from "@/lib/errors";
import { getPublicPerson, listPersonMenu } from "@/lib/people/public";
import type { Visibility } from "@/lib/auth/permissions";
import { resolveCriteria } from "./criteria";
import { criteriaOf, parseExplorerView, type ExplorerView } from "./explorer-params";
import {
  countByCountryPositionPeriod,
  explorerVisibility,
  listExplorerOutlets,
  type CountryPositionPeriods,
  type ExplorerRow,
} from "./explorer";
import { countResolvedFacets, readStancePage, type StanceFacets } from "./queries";

export interface ExplorerMenus {
  countries: { code: string; name: string }[];
  codebook: Awaited<ReturnType<typeof getCodebook>>;
  people: { slug: string; name: string }[];
  outlets: { id: number; name: string }[];
}

export type ExplorerRead = { visibility: Visibility; menus: ExplorerMenus } & (
  | { kind: "view"; view: ExplorerView; facets: StanceFacets; page: Page<ExplorerRow>; periods: CountryPositionPeriods }
  | { kind: "invalid"; fields: Record<string, string[]> }
);

type SearchParams = Record<string, string | string[] | undefined>;

export async function readExplorer(user: SessionUser | null, searchParams: SearchParams): Promise<ExplorerRead> {
  const visibility = explorerVisibility(user);
  const menus = readMenus(visibility);
  try {
    const view = parseExplorerView(searchParams);
    const criteria = await resolveCriteria(criteriaOf(view.filter));
    const [facets, rows, periods, loaded] = await Promise.all([
      countResolvedFacets(visibility, criteria),
      readStancePage(visibility, criteria, view.filter.cursor, view.filter.limit, view.sort),
      countByCountryPositionPeriod(visibility, criteria),
      menus.then((read) => withChosenPerson(read, view.filter.person)),
    ]);
    const colors = new Map(loaded.codebook.flatMap((d) => d.positions.map((p) => [`${d.key}:${p.key}`, p.color])));
    const page = {
      next: rows.next,
      data: rows.data.map((row) => ({
        ...row,
        positionColor: colors.get(`${row.dimension}:${row.position}`) ?? "#64748b",
      })),
    };
    return { kind: "view", visibility, menus: loaded, view, facets, page, periods };
  } catch (error) {
    if (!isAppError(error) || error.code !== "INVALID_INPUT") throw error;
    return {
      kind: "invalid",
      visibility,
      menus: await menus,
      fields: error.details.fields ?? { _: [error.message] },
    };
  }
}

async function readMenus(visibility: Visibility): Promise<ExplorerMenus> {
  const [countries, codebook, people, outlets] = await Promise.all([
    listCountries(),
    getCodebook(),
    listPersonMenu(),
    listExplorerOutlets(visibility),
  ]);
  return { countries: countries.map(({ code, name }) => ({ code, name })), codebook, people, outlets };
}

/** The menu lists the busiest speakers only: a filter on anyone else still names them (and keeps them selected). */
async function withChosenPerson(menus: ExplorerMenus, slug: string | undefined): Promise<ExplorerMenus> {
  if (!slug || menus.people.some((person) => person.slug === slug)) return menus;
  const found = await getPublicPerson(slug);
  if (found.kind !== "found") return menus;
  return { ...menus, people: [...menus.people, { slug, name: found.person.name }] };
}
