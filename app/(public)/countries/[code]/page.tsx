import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { QuoteCardSection } from "@/components/quote-card-section";
import { StanceBadge } from "@/components/stance-badge";
import { PositionStripChart, PositionStripTable } from "@/components/position-strips";
import { getCodebook } from "@/lib/codebook/public";
import { getCountry } from "@/lib/countries/public";
import { shiftAnchor } from "@/lib/feed/shifts-atom";
import { listPublishedShifts } from "@/lib/shifts/public";
import { countryTimeline, findShifts, type CountryStanceRecord } from "@/lib/country-stances/public";
import { buildStrips } from "@/lib/country-stances/strips";
import { formatDate } from "@/lib/dates";
import { pageMetadata, SITE_FEEDS } from "@/lib/public-metadata";
import { absoluteUrl, paths } from "@/lib/public-routes";
import {
  countCountryStatements,
  listCommentaryAboutCountry,
  listQuotesAboutCountry,
  listQuotesByCountry,
} from "@/lib/quotes/public";

// None at build (no database then): each page renders on first request, then is cached (app/(public)/layout.tsx).
export async function generateStaticParams() {
  return [];
}

const findCountry = cache(async (code: string) => (/^[A-Za-z]{2,8}$/.test(code) ? await getCountry(code) : null));

export async function generateMetadata({ params }: PageProps<"/countries/[code]">): Promise<Metadata> {
  const country = await findCountry((await params).code);
  if (!country) return { title: "Not found" };
  const metadata = pageMetadata({
    title: country.name,
    description: `${country.name}'s positions on ending the Korean War over time, its officials' statements, and what others say of its position.`,
    path: paths.country(country.code),
  });
  // Readers subscribe to this country's confirmed shifts of position from its page.
  const atom = [
    { url: absoluteUrl(paths.countryShiftsFeed(country.code)), title: `${country.name}: shifts of position` },
    ...SITE_FEEDS(),
  ];
  return { ...metadata, alternates: { ...metadata.alternates, types: { "application/atom+xml": atom } } };
}

// An open record whose evidence is old, or spoken in a role that has ended, may no longer hold (coding rule 10).
const period = (record: CountryStanceRecord) =>
  record.validTo
    ? `${formatDate(record.validFrom)} – ${formatDate(record.validTo)}`
    : record.lastEvidence?.stale
      ? `since ${formatDate(record.validFrom)}, last evidence on ${formatDate(record.lastEvidence.on)}`
      : `since ${formatDate(record.validFrom)}`;

export default async function CountryPage({ params }: PageProps<"/countries/[code]">) {
  const country = await findCountry((await params).code);
  if (!country) notFound();
  const [records, dimensions, own, about, commentary, totals, confirmed] = await Promise.all([
    countryTimeline(country.id),
    getCodebook(),
    listQuotesByCountry(country.id),
    listQuotesAboutCountry(country.id),
    listCommentaryAboutCountry(country.id),
    countCountryStatements(country.id),
    listPublishedShifts(country.code),
  ]);
  const confirmedByRecord = new Map(confirmed.map((shift) => [shift.recordId, shift]));
  const order = new Map(dimensions.map((dimension, index) => [dimension.id, index]));
  const sorted = [...records].sort(
    (a, b) =>
      (order.get(a.dimension.id) ?? 0) - (order.get(b.dimension.id) ?? 0) ||
      a.validFrom.getTime() - b.validFrom.getTime(),
  );
  const shifts = findShifts(records);
  // A confirmed shift that started a dimension's first record is a shift too (from no record).
  const firstRecords = confirmed.filter((c) => !shifts.some((shift) => shift.to.id === c.recordId));
  const now = new Date();
  const strips = buildStrips(
    records.map((record) => ({
      ...record,
      lastEvidence: record.lastEvidence?.on ?? record.evidence.at(-1)?.statedOn ?? null,
      stale: Boolean(record.lastEvidence?.stale),
    })),
    now,
  );
  const dimensionsWithRecords = dimensions.filter((dimension) =>
    records.some((record) => record.dimension.id === dimension.id),
  );

  return (
    <div className="space-y-10">
      <section>
        <p className="text-sm text-slate-600">
          <Link href={paths.countries()} className="underline">
            Countries
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">{country.name}</h1>
      </section>

      <section aria-labelledby="positions-heading">
        <h2 id="positions-heading" className="text-xl font-semibold">
          Positions over time
        </h2>
        {records.length === 0 ? (
          <p className="mt-2 text-slate-700">No position of {country.name} has been published yet.</p>
        ) : (
          <>
            {shifts.length + firstRecords.length > 0 ? (
              <div className="mt-3 rounded-lg border border-amber-300 bg-amber-50 p-4">
                <h3 className="font-semibold">Shifts</h3>
                <ul className="mt-1 list-disc space-y-1 pl-5 text-sm" data-testid="shift-list">
                  {shifts.map((shift) => {
                    const detected = confirmedByRecord.get(shift.to.id);
                    return (
                      <li key={shift.to.id} id={detected ? shiftAnchor(detected.id) : undefined}>
                        {shift.to.dimension.label}: <strong>{shift.from.position.label}</strong> →{" "}
                        <strong>{shift.to.position.label}</strong> on {formatDate(shift.to.validFrom)}
                        {detected?.quote ? (
                          <>
                            {" "}
                            (detected from{" "}
                            <Link href={paths.quote(detected.quote.id)} className="underline">
                              a statement of {formatDate(detected.quote.statedOn)}
                            </Link>
                            )
                          </>
                        ) : null}
                      </li>
                    );
                  })}
                  {firstRecords.map((shift) => (
                    <li key={shift.recordId} id={shiftAnchor(shift.id)}>
                      {shift.dimension.label}: now <strong>{shift.to}</strong> on {formatDate(shift.validFrom)} (first
                      record)
                    </li>
                  ))}
                </ul>
                <p className="mt-2 text-sm">
                  <a href={paths.countryShiftsFeed(country.code)} className="underline">
                    Follow {country.shortName}&apos;s changes of position (Atom feed)
                  </a>
                </p>
              </div>
            ) : null}
            <figure className="mt-4">
              <PositionStripChart
                id="country-strips"
                title={`${country.name}: positions over time`}
                dimensions={dimensionsWithRecords}
                strips={new Map([...strips.values()].map((strip) => [strip.dimension.key, strip]))}
                from={sorted.reduce((first, record) => (record.validFrom < first ? record.validFrom : first), now)}
                now={now}
                size="large"
              />
              <figcaption className="mt-1 text-sm text-slate-600">
                Each strip is coloured by the position held (hover a segment for its period); a black marker shows a
                shift; a faded, dashed end means the last evidence is over 12 months old.
              </figcaption>
            </figure>
            <details className="mt-2">
              <summary className="cursor-pointer text-sm underline">The strips as a table</summary>
              <PositionStripTable
                caption={`${country.name}'s published position records`}
                strips={dimensionsWithRecords.flatMap((d) => strips.get(`${country.code}:${d.key}`) ?? [])}
                showCountry={false}
              />
            </details>
            {dimensionsWithRecords.map((dimension) => (
              <section key={dimension.id} aria-labelledby={`dimension-${dimension.key}`} className="mt-6">
                <h3 id={`dimension-${dimension.key}`} className="text-lg font-semibold">
                  {dimension.label}
                </h3>
                <ol className="mt-2 space-y-3">
                  {records
                    .filter((record) => record.dimension.id === dimension.id)
                    .map((record) => (
                      <li key={record.id} className="border-l-4 pl-3" style={{ borderColor: record.position.color }}>
                        <p className="flex flex-wrap items-center gap-2">
                          <StanceBadge
                            label={record.position.label}
                            color={record.position.color}
                            dimensionKey={dimension.key}
                            positionKey={record.position.key}
                          />
                          <span className="text-sm text-slate-600">{period(record)}</span>
                        </p>
                        <p className="mt-1 text-sm text-slate-800">
                          {record.summary}{" "}
                          <Link href={paths.countryStance(record.id)} className="text-slate-600 underline">
                            Record, versions and citation
                          </Link>
                        </p>
                        {record.evidence.length > 0 ? (
                          <p className="mt-1 text-sm">
                            Evidence:{" "}
                            {record.evidence.map((quote, index) => (
                              <span key={quote.id}>
                                {index > 0 ? ", " : ""}
                                <Link href={paths.quote(quote.id)} className="underline">
                                  statement of {formatDate(quote.statedOn)}
                                </Link>
                              </span>
                            ))}
                          </p>
                        ) : null}
                      </li>
                    ))}
                </ol>
              </section>
            ))}
          </>
        )}
      </section>

      <QuoteCardSection
        id="own-heading"
        title={`Statements by ${country.name}`}
        description="Its officials, organizations, official statements, sources and reported positions, one entry per statement however many articles report it. Analysts are never counted here."
        quotes={own}
        total={totals.own}
        moreHref={`${paths.explore()}?speakerCountry=${country.code}`}
      />
      <QuoteCardSection
        id="about-heading"
        title={`What others say of ${country.name}'s position`}
        description={`Other governments, the press and unnamed sources describing a position held by ${country.name}.`}
        quotes={about}
        total={totals.about}
        moreHref={`${paths.explore()}?holderCountry=${country.code}`}
      />
      <QuoteCardSection
        id="commentary-heading"
        title={`Commentary about ${country.shortName}`}
        description={`Analysts' readings of ${country.name}'s position. They speak for no government, so they are shown apart and never counted as ${country.name}'s statements.`}
        quotes={commentary}
        total={totals.commentary}
        moreHref={`${paths.explore()}?holderCountry=${country.code}&attribution=analyst`}
      />
    </div>
  );
}
