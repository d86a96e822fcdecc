import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { VersionBanner } from "@/components/version-history";
import { getPersonVersion } from "@/lib/people/versions-public";
import { parseRecordId, paths } from "@/lib/public-routes";
import { PersonRoles } from "../../_components/person-roles";

// None at build (no database then): each page renders on first request, then is cached (app/(public)/layout.tsx).
export async function generateStaticParams() {
  return [];
}

// The permalink of one published version of a person's roles: what a citation of that version points to.
export const metadata: Metadata = { robots: { index: false } };

export default async function PersonVersionPage({ params }: PageProps<"/people/[slug]/v/[version]">) {
  const { slug, version } = await params;
  const number = parseRecordId(version);
  const shown = number === null || !/^[a-z0-9-]{1,200}$/.test(slug) ? null : await getPersonVersion(slug, number);
  if (!shown) notFound();
  return (
    <article className="max-w-3xl space-y-6">
      <VersionBanner
        shown={shown}
        current={{ href: paths.person(shown.slug), label: "The person's page as it reads now" }}
      />
      <h1 className="text-2xl font-semibold" data-testid="version-person">
        {shown.name}
      </h1>
      <PersonRoles roles={shown.roles} />
    </article>
  );
}
