// A public record's versions (first publication, then each approved correction), each with its permalink, and the
// "Corrected on …" note for its page: quotes, articles and country stance records alike.
import Link from "next/link";
import { formatDate } from "@/lib/dates";
import type { PublicHistory, PublicVersion } from "@/lib/revisions/public-versions";

export function CorrectionNote({ corrected }: { corrected: PublicVersion | null }) {
  if (!corrected) return null;
  return (
    <p className="mt-2 rounded bg-amber-50 p-2 text-sm" data-testid="correction-note">
      Corrected on {formatDate(corrected.publishedAt)}: {corrected.note ?? "details"}.
    </p>
  );
}

export function VersionHistory({ history, href }: { history: PublicHistory; href: (version: number) => string }) {
  const { versions } = history;
  return (
    <section aria-labelledby="versions-heading">
      <h2 id="versions-heading" className="text-xl font-semibold">
        Versions
      </h2>
      <ol className="mt-2 space-y-1 text-sm">
        {versions.map((version) => (
          <li key={version.number}>
            <Link href={href(version.number)} className="underline">
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

/** The banner of a version's permalink page: which version, when, and a link to the record as it reads now. */
export function VersionBanner({
  shown,
  current,
}: {
  shown: { number: number; of: number; publishedAt: Date; supersededAt: Date | null; note: string | null };
  current: { href: string; label: string };
}) {
  return (
    <p className="rounded bg-slate-100 p-2 text-sm" data-testid="version-banner">
      Version {shown.number} of {shown.of}, published {formatDate(shown.publishedAt)}
      {shown.note ? ` (corrected: ${shown.note})` : ""}.{" "}
      {shown.supersededAt ? `Replaced on ${formatDate(shown.supersededAt)}. ` : "This is the current version. "}
      <Link href={current.href} className="underline">
        {current.label}
      </Link>
    </p>
  );
}

export function CiteThis({ citation }: { citation: string }) {
  return (
    <section aria-labelledby="cite-heading">
      <h2 id="cite-heading" className="text-xl font-semibold">
        Cite this
      </h2>
      <p className="mt-2 text-sm break-words" data-testid="citation">
        {citation}
      </p>
    </section>
  );
}
