// The admin people list: id (what a merge asks for), name (linking the person), aliases and quote count.
import Link from "next/link";
import { ScrollRegion } from "@/components/scroll-region";
import type { AdminPersonListItem } from "@/lib/people/queries";

export function PeopleTable({ items }: { items: AdminPersonListItem[] }) {
  return (
    <ScrollRegion label="People" className="mt-4">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <thead className="border-b border-slate-300">
          <tr>
            <th className="py-2">Id</th>
            <th>Name</th>
            <th>Aliases</th>
            <th>Quotes</th>
          </tr>
        </thead>
        <tbody>
          {items.map((person) => (
            <tr key={person.id} className="border-b border-slate-100 align-top">
              <td className="py-2 tabular-nums">{person.id}</td>
              <td>
                <Link href={`/admin/people/${person.id}`} className="underline">
                  {person.name}
                </Link>
              </td>
              <td>{person.aliases.join(", ") || "—"}</td>
              <td className="tabular-nums">{person.quoteCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
