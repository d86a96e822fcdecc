// A public quote's versions: the first publication and each approved correction, each with its permalink.
import Link from "next/link";
import { formatDate } from "@/lib/dates";
import { paths } from "@/lib/public-routes";
import type { PublicVersion } from "@/lib/quotes/versions-public";

export function QuoteHistoryView({ quoteId, versions }: { quoteId: number; versions: PublicVersion[] }) {
  return (
    <section aria-labelledby="versions-heading">
      <h2 id="versions-heading" className="text-xl font-semibold">
        Versions
      </h2>
      <ol className="mt-2 space-y-1 text-sm">
        {versions.map((version) => (
          <li key={version.number}>
            <Link href={paths.quoteVersion(quoteId, version.number)} className="underline">
              Version {version.number}
            </Link>{" "}
            · {formatDate(version.publishedAt)} · {version.note ? `corrected: ${version.note}` : "first published"}
            {version.number === versions.length ? " (current)" : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
