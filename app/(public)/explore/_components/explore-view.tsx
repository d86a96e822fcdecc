// The explorer as a page renders it, for one visitor and one set of search parameters: /explore renders it per
// request (filters, or a signed-in researcher who also sees records in review), /explore/unfiltered once for every
// anonymous visitor (proxy.ts sends an anonymous /explore without filters there, so it is served from the cache).
import type { Metadata } from "next";
import Link from "next/link";
import { can, type SessionUser } from "@/lib/auth/permissions";
import { pageMetadata } from "@/lib/public-metadata";
import { ATTRIBUTION_LABELS, SPEAKER_KIND_LABELS } from "@/lib/quotes/labels";
import type { AttributionKind, SpeakerKind } from "@/lib/quotes/schemas";
import { COMMENTARY } from "@/lib/stances/explorer";
import { readExplorer } from "@/lib/stances/explorer-view";
import {
  activeFilters,
  csvPageHref,
  EXPLORE_PATH,
  explorerHref,
  exportHref,
  nextPageHref,
  removeFilterHref,
  shownColumns,
  sortHref,
  yearFilter,
  type CriteriaKey,
} from "@/lib/stances/explorer-params";
import { ColumnChooser } from "./column-chooser";
import { CountryMatrix, OverTime, type PositionInfo } from "./country-position";
import { SavedViews } from "./saved-views";
import { Facets } from "./facets";
import { FilterForm, type FilterOptions } from "./filter-form";
import { StanceTable } from "./stance-table";

export const EXPLORE_METADATA: Metadata = pageMetadata({
  title: "Explore stances",
  description:
    "Filter every coded statement on ending the Korean War by country, speaker, position and date; see counts, a timeline and a country × position matrix, and download the data.",
  path: EXPLORE_PATH,
});

const FILTER_NAMES: Record<CriteriaKey, string> = {
  speakerCountry: "Speaker's country",
  holderCountry: "Whose stance",
  person: "Speaker",
  attribution: "Attribution",
  speakerKind: "Kind of speaker",
  dimension: "Dimension",
  position: "Position",
  statedFrom: "Stated from",
  statedTo: "Stated until",
  publishedFrom: "Published from",
  publishedTo: "Published until",
  outlet: "Outlet",
  q: "Words",
};

const rawValues = (params: SearchParams) =>
  Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? (value[0] ?? "") : (value ?? "")]),
  );

type SearchParams = Record<string, string | string[] | undefined>;

export async function ExploreView({ user, params }: { user: SessionUser | null; params: SearchParams }) {
  const read = await readExplorer(user, params);
  const { visibility, menus } = read;
  const { countries, codebook, people, outlets } = menus;
  const options: FilterOptions = {
    countries,
    dimensions: codebook.map((d) => ({
      key: d.key,
      label: d.label,
      positions: d.positions.map((p) => ({ key: p.key, label: p.label })),
    })),
    people,
    outlets,
  };
  if (read.kind === "invalid") {
    return (
      <div className="space-y-6">
        <Intro review={visibility === "review"} />
        <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4">
          <h2 className="font-semibold text-red-900">This view cannot be shown</h2>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-red-900">
            {Object.entries(read.fields).map(([name, messages]) => (
              <li key={name}>
                <code className="font-semibold">{name}</code>: {messages.join("; ")}
              </li>
            ))}
          </ul>
          <p className="mt-2 text-sm">
            <Link href={EXPLORE_PATH} className="underline">
              Start again without filters
            </Link>
          </p>
        </div>
        <FilterForm values={rawValues(params)} options={options} />
      </div>
    );
  }
  const { view, facets, page, periods } = read;

  const countryName = new Map(countries.map((c) => [c.code, c.name]));
  const nameOf = (code: string): string =>
    code.endsWith(COMMENTARY)
      ? `Commentary about ${nameOf(code.slice(0, -COMMENTARY.length))} (analysts)`
      : (countryName.get(code) ?? code);
  const positions = new Map<string, PositionInfo>(
    codebook.flatMap((d) =>
      d.positions.map(
        (p) =>
          [
            `${d.key}:${p.key}`,
            { dimension: d.key, dimensionLabel: d.label, key: p.key, label: p.label, color: p.color },
          ] as const,
      ),
    ),
  );
  const active = activeFilters(view.filter);
  const describeValue = (key: CriteriaKey, value: string) =>
    key === "holderCountry" || key === "speakerCountry"
      ? value.split(",").map(nameOf).join(" or ") // several codes (KR,US) match either
      : key === "attribution"
        ? (ATTRIBUTION_LABELS[value as AttributionKind] ?? value)
        : key === "speakerKind"
          ? (SPEAKER_KIND_LABELS[value as SpeakerKind] ?? value)
          : key === "dimension"
            ? (codebook.find((d) => d.key === value)?.label ?? value)
            : key === "position"
              ? ([...positions.values()].find(
                  (p) => p.key === value && (!view.filter.dimension || p.dimension === view.filter.dimension),
                )?.label ?? value)
              : key === "outlet"
                ? (outlets.find((o) => String(o.id) === value)?.name ?? value)
                : key === "person"
                  ? (people.find((p) => p.slug === value)?.name ?? value)
                  : value;
  const removeLinks = (
    <ul className="mt-2 flex flex-wrap gap-2">
      {active.map(([key, value]) => (
        <li key={key}>
          <Link
            href={removeFilterHref(view, key)}
            className="inline-block rounded-full border border-slate-400 bg-white px-3 py-0.5 text-sm hover:bg-slate-100"
          >
            <span className="sr-only">Remove filter </span>
            {FILTER_NAMES[key]}: {describeValue(key, value)} <span aria-hidden="true">×</span>
          </Link>
        </li>
      ))}
    </ul>
  );
  const bulk = can(user, "export.bulk");

  return (
    <div className="space-y-8">
      <Intro review={visibility === "review"} />
      <FilterForm values={rawValues(params)} options={options} />
      <SavedViews />

      <section aria-labelledby="summary-heading" className="space-y-3">
        <h2 id="summary-heading" className="text-xl font-semibold">
          Results
        </h2>
        <p role="status" className="text-lg" data-testid="match-count">
          <strong>
            {facets.total.toLocaleString("en")}
            {facets.capped ? "+" : ""}
          </strong>{" "}
          {facets.total === 1 ? "stance matches" : "stances match"}
          {active.length === 0 ? " (no filter)" : " these filters"}, counted once per statement
          {facets.reports > facets.total ? ` (${facets.reports.toLocaleString("en")} reports in all)` : ""}.
        </p>
        {facets.capped ? (
          <p className="text-sm text-slate-600" data-testid="count-capped">
            Counting stopped at {facets.total.toLocaleString("en")} statements for this text search: the chart and the
            breakdown below cover those first matches only. Add a filter to count them all.
          </p>
        ) : null}
        {active.length > 0 ? (
          <div>
            <h3 className="text-sm font-semibold">
              Active filters <span className="font-normal text-slate-600">(select one to remove it)</span>
            </h3>
            {removeLinks}
          </div>
        ) : null}
      </section>

      {facets.total === 0 ? (
        <section aria-labelledby="empty-heading" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
          <h2 id="empty-heading" className="font-semibold">
            No stance matches these filters
          </h2>
          <p className="mt-1 text-sm">Try removing a filter:</p>
          {active.length > 0 ? removeLinks : <p className="mt-1 text-sm">Nothing has been coded yet.</p>}
        </section>
      ) : (
        <>
          <OverTime
            counts={periods.counts}
            granularity={periods.granularity}
            countryName={nameOf}
            positions={positions}
          />

          <section aria-labelledby="facets-heading">
            <h2 id="facets-heading" className="text-xl font-semibold">
              Breakdown
            </h2>
            <p className="mt-1 text-sm text-slate-600">
              {facets.capped
                ? `Counts within the first ${facets.total.toLocaleString("en")} matching statements; select a value to narrow to it.`
                : "Counts within the current results; select a value to narrow to it."}
            </p>
            <div className="mt-3">
              <Facets
                groups={[
                  {
                    title: "Country",
                    values: facets.holderCountry.map((f) => ({
                      label: nameOf(f.key),
                      count: f.count,
                      href: explorerHref(view, { holderCountry: f.key }),
                      active: view.filter.holderCountry === f.key,
                    })),
                  },
                  {
                    title: "Position",
                    values: facets.position.map((f) => {
                      const [dimension, position] = f.key.split(":");
                      const info = positions.get(f.key);
                      return {
                        label: info ? `${info.dimensionLabel}: ${info.label}` : f.key,
                        count: f.count,
                        href: explorerHref(view, { dimension, position }),
                        active: view.filter.position === position && view.filter.dimension === dimension,
                      };
                    }),
                  },
                  {
                    title: "Attribution",
                    values: facets.attribution.map((f) => ({
                      label: ATTRIBUTION_LABELS[f.key as AttributionKind] ?? f.key,
                      count: f.count,
                      href: explorerHref(view, { attribution: f.key }),
                      active: view.filter.attribution === f.key,
                    })),
                  },
                  {
                    title: "Year",
                    values: [...facets.year]
                      .sort((a, b) => a.key.localeCompare(b.key))
                      .map((f) => ({
                        label: f.key,
                        count: f.count,
                        href: explorerHref(view, yearFilter(f.key)),
                        active:
                          view.filter.statedFrom === yearFilter(f.key).statedFrom &&
                          view.filter.statedTo === yearFilter(f.key).statedTo,
                      })),
                  },
                ]}
              />
            </div>
          </section>

          <section aria-labelledby="table-heading" className="space-y-3">
            <h2 id="table-heading" className="text-xl font-semibold">
              Stances
            </h2>
            <ColumnChooser shown={shownColumns(view)} />
            <StanceTable
              rows={page.data}
              columns={shownColumns(view)}
              sortLinks={{ asc: sortHref(view, "asc"), desc: sortHref(view, "desc"), current: view.sort }}
            />
            <nav aria-label="Pages" className="flex flex-wrap gap-4 text-sm">
              {view.filter.cursor ? (
                <Link href={sortHref(view, view.sort)} className="underline">
                  First page
                </Link>
              ) : null}
              {page.next ? (
                <Link href={nextPageHref(view, page.next)} className="underline" rel="next">
                  Next page
                </Link>
              ) : (
                <span className="text-slate-600">Last page</span>
              )}
            </nav>
          </section>

          <CountryMatrix
            counts={periods.counts}
            countryName={nameOf}
            positions={positions}
            cellHref={(holderCountry, dimension, position) =>
              holderCountry.endsWith(COMMENTARY)
                ? explorerHref(view, {
                    holderCountry: holderCountry.slice(0, -COMMENTARY.length),
                    dimension,
                    position,
                    attribution: "analyst",
                  })
                : explorerHref(view, { holderCountry, dimension, position })
            }
          />
        </>
      )}

      <section aria-labelledby="download-heading">
        <h2 id="download-heading" className="text-xl font-semibold">
          Download this view
        </h2>
        {bulk ? (
          <>
            <p className="mt-1 text-sm text-slate-600">
              Every stance of the current filter
              {visibility === "review" ? ", records in review included (marked in the status column)" : ""}. Each file
              names the codebook version and the filter.
            </p>
            <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
              <li>
                <a href={exportHref(view.filter, "csv")} className="underline">
                  CSV
                </a>
              </li>
              <li>
                <a href={exportHref(view.filter, "jsonl")} className="underline">
                  JSON Lines
                </a>
              </li>
              <li>
                <a href={exportHref(view.filter, "graphml-two-mode")} className="underline">
                  GraphML, country–position network
                </a>
              </li>
              <li>
                <a href={exportHref(view.filter, "graphml-congruence")} className="underline">
                  GraphML, country congruence network
                </a>
              </li>
            </ul>
          </>
        ) : (
          <>
            <p className="mt-1 text-sm">
              <a href={csvPageHref(view.filter)} className="underline">
                CSV of the newest 500 matching stances
              </a>
              <span className="text-slate-600">
                {" "}
                (from the read API; its <code>X-Next-Cursor</code> header pages on).
              </span>
            </p>
            <p className="mt-1 text-sm text-slate-600">
              Bulk exports of the whole view (CSV, JSON Lines, GraphML networks) need a researcher account:{" "}
              <Link href="/sign-in?callbackUrl=/explore" className="underline">
                sign in
              </Link>
              .
            </p>
          </>
        )}
        <p className="mt-1 text-sm text-slate-600">
          Scripts can ask the{" "}
          <Link href="/api-docs" className="underline">
            read API
          </Link>{" "}
          for the same filters by the same names.
        </p>
      </section>
    </div>
  );
}

function Intro({ review }: { review: boolean }) {
  return (
    <section>
      <h1 className="text-2xl font-semibold">Explore stances</h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        Every coded position on ending the Korean War, filtered as you choose. The address of this page holds the
        filters, so a view can be bookmarked or shared.
      </p>
      {review ? (
        <p className="mt-2 max-w-3xl rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900">
          Signed in as a researcher or editor, you also see records <strong>in review</strong>, marked in the table. The
          public sees published records only.
        </p>
      ) : null}
    </section>
  );
}
