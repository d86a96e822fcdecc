import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { formatDate } from "@/lib/dates";
import { getPublicPerson } from "@/lib/people/public";
import { describe, pageMetadata } from "@/lib/public-metadata";
import { paths } from "@/lib/public-routes";
import { countSpeakerStatements, listQuotesBySpeaker } from "@/lib/quotes/public";
import { QuoteCardSection } from "@/components/quote-card-section";

// None at build (no database then): each page renders on first request, then is cached (app/(public)/layout.tsx).
export async function generateStaticParams() {
  return [];
}

const findPerson = cache((slug: string) =>
  /^[a-z0-9-]{1,200}$/.test(slug) ? getPublicPerson(slug) : Promise.resolve({ kind: "missing" as const }),
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
  const { person } = found;
  const [quotes, total] = await Promise.all([listQuotesBySpeaker(person.id), countSpeakerStatements(person.id)]);
  return (
    <div className="space-y-10">
      <section>
        <p className="text-sm text-slate-600">
          <Link href={paths.people()} className="underline">
            People
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">{person.name}</h1>
        {person.aliases.length > 0 ? (
          <p className="mt-1 text-slate-700">
            Also written:{" "}
            {person.aliases.map((alias, index) => (
              <span key={alias.name}>
                {index > 0 ? ", " : ""}
                <span lang={alias.language ?? undefined}>{alias.name}</span>
              </span>
            ))}
          </p>
        ) : null}
        {person.description ? <p className="mt-2 max-w-prose text-slate-700">{person.description}</p> : null}
      </section>

      <section aria-labelledby="roles-heading">
        <h2 id="roles-heading" className="text-xl font-semibold">
          Roles over time
        </h2>
        {person.roles.length === 0 ? (
          <p className="mt-2 text-slate-700">No role recorded.</p>
        ) : (
          <ol className="mt-3 space-y-3 border-l-2 border-slate-300 pl-4">
            {person.roles.map((role) => (
              <li key={role.id}>
                <p className="font-medium">{role.title}</p>
                <p className="text-sm text-slate-700">
                  {[role.organization, role.country.name].filter(Boolean).join(", ")}
                </p>
                <p className="text-sm text-slate-600">
                  {role.startsOn ? formatDate(role.startsOn) : "Start unknown"} –{" "}
                  {role.endsOn ? formatDate(role.endsOn) : "present or unknown"}
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>

      <QuoteCardSection
        id="statements-heading"
        title="Statements"
        description="Newest first, one entry per statement however many articles report it."
        quotes={quotes}
        total={total}
        moreHref={`${paths.explore()}?person=${person.slug}`}
      />
    </div>
  );
}
