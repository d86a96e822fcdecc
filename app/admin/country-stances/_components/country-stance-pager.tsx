// Keyset pages of the record list under the same filter: back to the newest, or on to older records.
import Link from "next/link";

export function CountryStancePager(props: {
  filter: { country?: string; dimension?: string };
  before?: string;
  nextBefore: number | null;
}) {
  const href = (extra: Record<string, string>) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...props.filter, ...extra })) if (value) params.set(key, value);
    return `/admin/country-stances?${params}`;
  };
  return (
    <nav aria-label="Pages" className="mt-4 flex gap-4 text-sm">
      {props.before ? (
        <Link href={href({})} className="underline">
          Newest
        </Link>
      ) : null}
      {props.nextBefore ? (
        <Link href={href({ before: String(props.nextBefore) })} className="underline">
          Older records
        </Link>
      ) : null}
    </nav>
  );
}
