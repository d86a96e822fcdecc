import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { getPublicPersonPage } from "@/lib/people/versions-public";
import { describe, pageMetadata } from "@/lib/public-metadata";
import { paths } from "@/lib/public-routes";
import { PersonHeading } from "./_components/person-heading";
import { PersonRoles } from "./_components/person-roles";
import { PersonStatements } from "./_components/person-statements";
import { RoleVersions } from "./_components/role-versions";

// None at build (no database then): each page renders on first request, then is cached (app/(public)/layout.tsx).
export async function generateStaticParams() {
  return [];
}

const findPerson = cache((slug: string) =>
  /^[a-z0-9-]{1,200}$/.test(slug) ? getPublicPersonPage(slug) : Promise.resolve({ kind: "missing" as const }),
);

export async function generateMetadata({ params }: PageProps<"/people/[slug]">): Promise<Metadata> {
  const found = await findPerson((await params).slug);
  if (found.kind !== "found") return { title: "Not found" };
  const { person } = found;
  return pageMetadata({
    title: person.name,
    description: describe(
      person.description ?? `${person.name}: roles held and published statements on ending the Korean War.`,
    ),
    path: paths.person(person.slug),
  });
}

export default async function PersonPage({ params }: PageProps<"/people/[slug]">) {
  const found = await findPerson((await params).slug);
  if (found.kind === "merged") permanentRedirect(paths.person(found.slug));
  if (found.kind !== "found") notFound();
  const { person, history } = found;
  return (
    <div className="space-y-10">
      <PersonHeading person={person} />
      <PersonRoles roles={person.roles} />
      <PersonStatements person={person} />
      <RoleVersions slug={person.slug} history={history} />
    </div>
  );
}
