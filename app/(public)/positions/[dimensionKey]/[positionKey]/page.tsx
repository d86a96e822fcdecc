import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { StanceBadge } from "@/components/stance-badge";
import { getPosition } from "@/lib/codebook/public";
import { recordsWithPosition } from "@/lib/country-stances/public";
import { formatDate } from "@/lib/dates";
import { pageMetadata } from "@/lib/public-metadata";
import { paths } from "@/lib/public-routes";
import { countPositionStatements, listQuotesWithPosition } from "@/lib/quotes/public";
import { QuoteCardSection } from "@/components/quote-card-section";

// None at build (no database then): each page renders on first request, then is cached (app/(public)/layout.tsx).
export async function generateStaticParams() {
  return [];
}

const KEY = /^[a-z0-9_]{1,60}$/;
const findPosition = cache(async (dimensionKey: string, positionKey: string) =>
  KEY.test(dimensionKey) && KEY.test(positionKey) ? getPosition(dimensionKey, positionKey) : null,
);

export async function generateMetadata({
  params,
}: PageProps<"/positions/[dimensionKey]/[positionKey]">): Promise<Metadata> {
  const { dimensionKey, positionKey } = await params;
  const position = await findPosition(dimensionKey, positionKey);
  if (!position) return { title: "Not found" };
  return pageMetadata({
    title: `${position.dimension.label}: ${position.label}`,
    description: `Who held the position “${position.label}” on ending the Korean War, and when. ${position.definition}`,
    path: paths.position(position.dimension.key, position.key),
  });
}

export default async function PositionPage({ params }: PageProps<"/positions/[dimensionKey]/[positionKey]">) {
  const { dimensionKey, positionKey } = await params;
  const position = await findPosition(dimensionKey, positionKey);
  if (!position) notFound();
  const [records, quotes, total] = await Promise.all([
    recordsWithPosition(position.id),
    listQuotesWithPosition(position.id),
    countPositionStatements(position.id),
  ]);
  return (
    <div className="space-y-10">
      <section>
        <p className="text-sm text-slate-600">
          <Link href={`${paths.codebook()}#${position.dimension.key}`} className="underline">
            Codebook
          </Link>{" "}
          · {position.dimension.label}
        </p>
        <h1 className="mt-1 flex flex-wrap items-center gap-2 text-2xl font-semibold">
          <span
            aria-hidden="true"
            className="inline-block size-4 rounded-full"
            style={{ backgroundColor: position.color }}
          />
          {position.label}
        </h1>
        <p className="mt-2 max-w-prose text-slate-700">{position.definition}</p>
        {position.retired ? (
          <p className="mt-1 text-sm text-slate-600">Retired: no longer used for new coding.</p>
        ) : null}
      </section>

      <section aria-labelledby="holders-heading">
        <h2 id="holders-heading" className="text-xl font-semibold">
          Countries that held it
        </h2>
        {records.length === 0 ? (
          <p className="mt-2 text-slate-700">No published country position record.</p>
        ) : (
          <ul className="mt-3 space-y-3">
            {records.map((record) => (
              <li key={record.id}>
                <p className="flex flex-wrap items-center gap-2">
                  <Link href={paths.country(record.country.code)} className="font-medium underline">
                    {record.country.name}
                  </Link>
                  <StanceBadge label={record.position.label} color={record.position.color} />
                  <span className="text-sm text-slate-600">
                    {record.validTo
                      ? `${formatDate(record.validFrom)} – ${formatDate(record.validTo)}`
                      : `since ${formatDate(record.validFrom)}`}
                  </span>
                </p>
                <p className="mt-1 text-sm text-slate-800">{record.summary}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <QuoteCardSection
        id="quotes-heading"
        title="Statements coded with it"
        description="Oldest first, one entry per statement however many articles report it."
        quotes={quotes}
        total={total}
        moreHref={`${paths.explore()}?dimension=${dimensionKey}&position=${positionKey}&sort=asc`}
      />
    </div>
  );
}
