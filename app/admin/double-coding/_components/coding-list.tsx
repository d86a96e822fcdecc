// Double-coded articles, newest first: who codes each side, who has submitted, and the way to its comparison.
import Link from "next/link";
import type { DoubleCodingListItem } from "@/lib/double-coding/queries";
import { ScrollRegion } from "@/components/scroll-region";

const side = (coder: string | null, submitted: boolean) =>
  coder ? `${coder}${submitted ? " (submitted)" : ""}` : "open: the next editor who codes it";

export function CodingList({ items }: { items: DoubleCodingListItem[] }) {
  if (items.length === 0) return <p className="mt-3 text-slate-600">No article is double-coded yet.</p>;
  return (
    <ScrollRegion label="Double-coded articles" className="mt-3">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <thead className="border-b border-slate-300">
          <tr>
            <th className="py-2">Article</th>
            <th>How</th>
            <th>Coder A</th>
            <th>Coder B</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className="border-b border-slate-100 align-top" data-testid={`coding-${item.article.id}`}>
              <td className="py-2">
                <Link href={`/admin/articles/${item.article.id}`} className="underline">
                  {item.article.title}
                </Link>
              </td>
              <td>{item.source === "sampled" ? "drawn at import" : "assigned"}</td>
              <td>{side(item.coderA, item.submittedA)}</td>
              <td>{side(item.coderB, item.submittedB)}</td>
              <td>
                {item.completedAt ? (
                  <Link href={`/admin/double-coding/${item.id}`} className="underline">
                    Both submitted: compare and curate
                  </Link>
                ) : (
                  "coding"
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
