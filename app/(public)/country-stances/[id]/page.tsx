import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CiteThis, CorrectionNote, VersionHistory } from "@/components/version-history";
import { getCountryStanceVersion } from "@/lib/country-stances/versions-public";
import { citeVersion } from "@/lib/revisions/cite-version";
import { absoluteUrl, parseRecordId, paths } from "@/lib/public-routes";
import { describe, pageMetadata } from "@/lib/public-metadata";
import { RecordView, recordTitle } from "./_components/record-view";

// None at build (no database then): each page renders on first request, then is cached (app/(public)/layout.tsx).
export async function generateStaticParams() {
  return [];
}

// A published country stance record: as it reads now, whether and when it was corrected, its versions, and a
// citation of the version read (its permalink keeps this content after later corrections).
const findRecord = cache(async (segment: string) => {
  const id = parseRecordId(segment);
  return id === null ? null : getCountryStanceVersion(id, null);
});

export async function generateMetadata({ params }: PageProps<"/country-stances/[id]">): Promise<Metadata> {
  const shown = await findRecord((await params).id);
  if (!shown) return { title: "Not found" };
  return pageMetadata({
    title: recordTitle(shown),
    description: describe(shown.summary),
    path: paths.countryStance(shown.recordId),
  });
}

export default async function CountryStancePage({ params }: PageProps<"/country-stances/[id]">) {
  const shown = await findRecord((await params).id);
  if (!shown) notFound();
  const permalink = absoluteUrl(paths.countryStanceVersion(shown.recordId, shown.number));
  const cited = {
    title: recordTitle(shown),
    kind: "country stance record",
    id: shown.recordId,
    version: shown.number,
  } as const;
  return (
    <article className="max-w-3xl space-y-6">
      <RecordView shown={shown} />
      <CorrectionNote corrected={shown.history.corrected} />
      <CiteThis citation={citeVersion(cited, permalink, new Date())} />
      <VersionHistory history={shown.history} href={(n) => paths.countryStanceVersion(shown.recordId, n)} />
    </article>
  );
}
