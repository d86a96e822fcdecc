// A coded position: its label in text, with the codebook colour as a swatch beside it (never colour alone).
import Link from "next/link";
import { paths } from "@/lib/public-routes";

export function StanceBadge({
  label,
  color,
  dimensionKey,
  positionKey,
  prefix,
}: {
  label: string;
  color: string;
  /** With both keys the badge links to the position's page. */
  dimensionKey?: string;
  positionKey?: string;
  /** Shown before the label, e.g. the dimension ("Instrument:") or the holder ("China:"). */
  prefix?: string;
}) {
  const content = (
    <>
      <span
        aria-hidden="true"
        className="inline-block size-2.5 shrink-0 rounded-full"
        style={{ backgroundColor: color }}
      />
      {prefix ? <span className="text-slate-600">{prefix}</span> : null}
      <span>{label}</span>
    </>
  );
  const className =
    "inline-flex max-w-full flex-wrap items-center gap-x-1.5 rounded-md border border-slate-300 bg-white px-2 py-0.5 text-sm text-slate-900";
  return dimensionKey && positionKey ? (
    <Link
      href={paths.position(dimensionKey, positionKey)}
      className={`${className} hover:border-slate-500 hover:underline`}
    >
      {content}
    </Link>
  ) : (
    <span className={className}>{content}</span>
  );
}
