// Whether and when the person's roles were corrected, and the versions of their roles, each with its permalink.
import { CorrectionNote, VersionHistory } from "@/components/version-history";
import type { PublicHistory } from "@/lib/revisions/public-versions";
import { paths } from "@/lib/public-routes";

export function RoleVersions({ slug, history }: { slug: string; history: PublicHistory | null }) {
  if (!history) return null;
  return (
    <div className="space-y-4">
      <CorrectionNote corrected={history.corrected} />
      <VersionHistory history={history} href={(n) => paths.personVersion(slug, n)} />
    </div>
  );
}
