// The explorer's address: its search parameters parsed with the StanceFilter schema (plus `sort`, the table's order),
// and the links the page builds from the current view — add a filter, remove one, change the order, the next page,
// the exports. Pure (no database), so the rules are unit-tested; every link drops the cursor unless it is the
// next-page link, since a cursor belongs to one filter and one order.
import { parseQuery } from "@/lib/query-params";
import { paths } from "@/lib/public-routes";
import { EXPLORER_PAGE_SIZE, explorerQuerySchema, type StanceCriteria, type StanceFilter } from "./schemas";
import { DEFAULT_EXPLORER_COLUMNS, type ExplorerColumn } from "./explorer-columns";

export const EXPLORE_PATH = paths.explore();

/** The table's order by statement date: newest first (the API's order) or oldest first. */
export type ExplorerSort = "desc" | "asc";

export { EXPLORER_PAGE_SIZE };

export interface ExplorerView {
  filter: StanceFilter;
  sort: ExplorerSort;
  /** The table's columns, in table order; null: the default ones. */
  columns: ExplorerColumn[] | null;
}

/** The criteria in the order the form shows them, which is also the order links write them in. */
export const CRITERIA_KEYS = [
  "speakerCountry",
  "holderCountry",
  "person",
  "attribution",
  "speakerKind",
  "dimension",
  "position",
  "statedFrom",
  "statedTo",
  "publishedFrom",
  "publishedTo",
  "outlet",
  "q",
] as const satisfies readonly (keyof StanceCriteria)[];
export type CriteriaKey = (typeof CRITERIA_KEYS)[number];

type SearchParams = Record<string, string | string[] | undefined>;

/** The parameters as a URLSearchParams, repeated ones kept (so the parser can name them). */
function toUrlSearchParams(searchParams: SearchParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, item);
  }
  return params;
}

/**
 * The form sends every field, empty ones too (`holderCountry=&…`): the address without them, or null when it has
 * none, so the page can redirect to the short address people share.
 */
export function withoutEmptyParams(searchParams: SearchParams): string | null {
  const params = toUrlSearchParams(searchParams);
  const kept = new URLSearchParams([...params].filter(([, value]) => value !== ""));
  if ([...kept].length === [...params].length) return null;
  const query = kept.toString();
  return query ? `${EXPLORE_PATH}?${query}` : EXPLORE_PATH;
}

/**
 * The view an address asks for, parsed once by the read API's parser. Throws AppError INVALID_INPUT naming each bad
 * parameter (unknown, repeated, or failing the schema), as the API does, so the page can say which one to fix.
 */
export function parseExplorerView(searchParams: SearchParams): ExplorerView {
  const { sort, cols, ...filter } = parseQuery(explorerQuerySchema, toUrlSearchParams(searchParams));
  return { filter, sort: sort ?? "desc", columns: cols ? [...new Set(cols)] : null };
}

/** The columns the table shows, in table order. */
export function shownColumns(view: ExplorerView): readonly ExplorerColumn[] {
  return view.columns ?? DEFAULT_EXPLORER_COLUMNS;
}

/** The criteria of a view: the filter without pagination. */
export function criteriaOf(filter: StanceFilter): StanceCriteria {
  const criteria: Partial<Record<CriteriaKey, unknown>> = {};
  for (const key of CRITERIA_KEYS) if (filter[key] !== undefined) criteria[key] = filter[key];
  return criteria as StanceCriteria;
}

/** The active filters, as [name, value] in form order. */
export function activeFilters(filter: StanceFilter): [CriteriaKey, string][] {
  return CRITERIA_KEYS.filter((key) => filter[key] !== undefined).map((key) => [key, String(filter[key])]);
}

function queryOf(
  criteria: Partial<Record<CriteriaKey, string | number | undefined>>,
  extra: Record<string, string | undefined> = {},
): string {
  const params = new URLSearchParams();
  for (const key of CRITERIA_KEYS) {
    const value = criteria[key];
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) params.set(key, value);
  return params.toString();
}

/** Non-default order, page size and columns travel with every link, so paging and filtering keep them. */
function viewExtras(view: ExplorerView): Record<string, string | undefined> {
  return {
    sort: view.sort === "asc" ? "asc" : undefined,
    limit: view.filter.limit === EXPLORER_PAGE_SIZE ? undefined : String(view.filter.limit),
    cols: view.columns ? view.columns.join(",") : undefined,
  };
}

function href(query: string): string {
  return query ? `${EXPLORE_PATH}?${query}` : EXPLORE_PATH;
}

/** The view with some filters set (a value) or removed (undefined); back to the first page. */
export function explorerHref(
  view: ExplorerView,
  changes: Partial<Record<CriteriaKey, string | number | undefined>>,
): string {
  return href(queryOf({ ...criteriaOf(view.filter), ...changes }, viewExtras(view)));
}

/** Removing `position` alone would leave a dimension-less key that may match several dimensions: it goes alone, but removing `dimension` takes `position` with it. */
export function removeFilterHref(view: ExplorerView, key: CriteriaKey): string {
  return explorerHref(view, key === "dimension" ? { dimension: undefined, position: undefined } : { [key]: undefined });
}

export function sortHref(view: ExplorerView, sort: ExplorerSort): string {
  return href(queryOf(criteriaOf(view.filter), { ...viewExtras(view), sort: sort === "asc" ? "asc" : undefined }));
}

export function nextPageHref(view: ExplorerView, cursor: string): string {
  return href(queryOf(criteriaOf(view.filter), { ...viewExtras(view), cursor }));
}

/** The filter of a year facet: the whole calendar year of statements. */
export function yearFilter(year: string): { statedFrom: string; statedTo: string } {
  return { statedFrom: `${year}-01-01`, statedTo: `${year}-12-31` };
}

/** Bulk export of exactly the current criteria (researchers and up). */
export function exportHref(
  filter: StanceFilter,
  format: "csv" | "jsonl" | "graphml-two-mode" | "graphml-congruence",
): string {
  return `/api/v1/stances/export?${queryOf(criteriaOf(filter), { format })}`;
}

/**
 * The newest 500 stances of the current criteria as CSV from the read API, open to everyone. Its cursor runs newest
 * first, so the explorer's cursor (which may run oldest first) is not passed on.
 */
export function csvPageHref(filter: StanceFilter): string {
  return `/api/v1/stances?${queryOf(criteriaOf(filter), { format: "csv", limit: "500" })}`;
}
