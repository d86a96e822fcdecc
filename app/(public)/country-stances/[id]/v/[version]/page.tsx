import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { VersionBanner } from "@/components/version-history";
import { getCountryStanceVersion } from "@/lib/country-stances/versions-public";
import { parseRecordId, paths } from "@/lib/public-routes";
import { RecordView } from "../../_components/record-view";

// None at build (no database then): each page renders on first request, then is cached (app/(public)/layout.tsx).
export async function generateStaticParams() {
  return [];
}

// The permalink of one published version of a country stance record: what a citation of that version points to.
export const metadata: Metadata = { robots: { index: false } };

export default async function CountryStanceVersionPage({ params }: PageProps<"/country-stances/[id]/v/[version]">) {
  const { id, version } = await params;
  const recordId = parseRecordId(id);
  const number = parseRecordId(version);
  const shown = recordId === null || number === null ? null : await getCountryStanceVersion(recordId, number);
  if (!shown) notFound();
  return (
    <article className="max-w-3xl space-y-6">
      <VersionBanner
        shown={shown}
        current={{ href: paths.countryStance(shown.recordId), label: "The record as it reads now" }}
      />
      <RecordView shown={shown} />
    </article>
  );
}
