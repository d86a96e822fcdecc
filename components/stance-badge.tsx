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
      <span aria-hidden="true" className="stance-swatch" style={{ backgroundColor: color }} />
      {prefix ? <span className="text-slate-600">{prefix}</span> : null}
      <span>{label}</span>
    </>
  );
  // One class (app/globals.css) for what every badge repeats: a page lists hundreds of them, each written twice.
  const className = "stance-badge";
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
