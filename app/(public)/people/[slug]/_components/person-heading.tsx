// The person's name, the other spellings we know (each in its language), and a short description.
import Link from "next/link";
import type { PersonDetail } from "@/lib/people/public";
import { paths } from "@/lib/public-routes";

export function PersonHeading({ person }: { person: PersonDetail }) {
  return (
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
  );
}
