import Link from "next/link";
import { listPeople } from "@/lib/people/public";
import { pageMetadata } from "@/lib/public-metadata";
import { paths } from "@/lib/public-routes";

export const metadata = pageMetadata({
  title: "People",
  description:
    "Officials and analysts quoted on ending the Korean War, with their roles over time and their statements.",
  path: paths.people(),
});

export default async function PeoplePage({ searchParams }: PageProps<"/people">) {
  const { after } = await searchParams;
  const { people, next } = await listPeople(100, typeof after === "string" ? after : undefined);
  return (
    <div>
      <h1 className="text-2xl font-semibold">People</h1>
      <p className="mt-1 text-sm text-slate-600">
        Everyone with a published statement.{" "}
        <Link href={paths.search()} className="underline">
          Search
        </Link>{" "}
        finds other spellings of a name.
      </p>
      {people.length === 0 ? (
        <p className="mt-4 text-slate-700">No statement has been published yet.</p>
      ) : (
        <ul className="mt-4 divide-y divide-slate-200">
          {people.map((person) => (
            <li key={person.id} className="py-3">
              <Link href={paths.person(person.slug)} className="font-medium underline">
                {person.name}
              </Link>
              <span className="text-sm text-slate-600">
                {person.countries.length > 0 ? ` · ${person.countries.join(", ")}` : ""} · {person.statementCount}{" "}
                {person.statementCount === 1 ? "statement" : "statements"}
              </span>
            </li>
          ))}
        </ul>
      )}
      <nav aria-label="Pages" className="mt-4 flex gap-4 text-sm">
        {after ? (
          <Link href={paths.people()} className="underline">
            From A
          </Link>
        ) : null}
        {next ? (
          <Link href={`${paths.people()}?after=${next}`} className="underline" rel="next">
            More people
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
