// Positions over time, one strip per dimension: each segment coloured by the position (the codebook colour, with
// its label in the row's text and each segment's tooltip, so colour is never the only cue), a marker where the
// position shifted, and "last evidence: date". A stale record (last evidence over 12 months old) is drawn faded and
// dashed, ending at its last evidence rather than today. Server-rendered SVG; the table below gives the same data.
import Link from "next/link";
import type { PositionStrip, StripSegment } from "@/lib/country-stances/strips";
import { formatDate } from "@/lib/dates";
import { paths } from "@/lib/public-routes";

const WIDTH = 360;

const segmentText = (segment: StripSegment) =>
  `${segment.position.label}, ${formatDate(segment.from)} – ${
    segment.open ? (segment.stale ? `last evidence ${formatDate(segment.to)} (stale)` : "now") : formatDate(segment.to)
  }`;

function rowSummary(strip: PositionStrip | undefined): string {
  if (!strip) return "No record";
  const current = strip.segments.at(-1);
  if (!current) return "No record";
  const evidence = strip.lastEvidence ? `last evidence: ${formatDate(strip.lastEvidence)}` : "no public evidence";
  const status = current.stale ? "stale: " : current.open ? "" : "ended: ";
  return `${status}${current.position.label} · ${evidence}`;
}

export function PositionStripChart({
  id,
  title,
  dimensions,
  strips,
  from,
  now,
  size = "small",
}: {
  id: string;
  title: string;
  dimensions: { key: string; label: string }[];
  /** Keyed by dimension key. */
  strips: Map<string, PositionStrip>;
  from: Date;
  now: Date;
  size?: "small" | "large";
}) {
  const bar = size === "large" ? 14 : 10;
  const row = bar + 40;
  const top = 18;
  const height = top + dimensions.length * row;
  const firstYear = from.getUTCFullYear();
  const lastYear = now.getUTCFullYear() + 1;
  const start = Date.UTC(firstYear, 0, 1);
  const end = Date.UTC(lastYear, 0, 1);
  const x = (date: Date) => 4 + ((date.getTime() - start) / (end - start)) * (WIDTH - 8);
  const years = Array.from({ length: lastYear - firstYear }, (_, index) => firstYear + index);
  const step = years.length > 8 ? 2 : 1;
  const description = dimensions.map((d) => `${d.label}: ${rowSummary(strips.get(d.key))}`).join(". ");
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      className={`h-auto w-full ${size === "large" ? "max-w-3xl" : "max-w-lg"}`}
      fontFamily="inherit"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <g aria-hidden="true">
        {years.map((year, index) => (
          <g key={year}>
            <line
              x1={x(new Date(Date.UTC(year, 0, 1)))}
              x2={x(new Date(Date.UTC(year, 0, 1)))}
              y1={top - 4}
              y2={height}
              stroke="#e2e8f0"
            />
            {index % step === 0 ? (
              <text x={x(new Date(Date.UTC(year, 0, 1))) + 2} y={top - 6} fontSize={10} fill="#475569">
                {year}
              </text>
            ) : null}
          </g>
        ))}
        <line x1={x(now)} x2={x(now)} y1={top - 4} y2={height} stroke="#94a3b8" strokeDasharray="2 2" />
      </g>
      {dimensions.map((dimension, index) => {
        const y = top + index * row;
        const strip = strips.get(dimension.key);
        return (
          <g key={dimension.key}>
            <text x={4} y={y + 11} fontSize={11} fontWeight={700} fill="#0f172a">
              {dimension.label}
            </text>
            <text x={4} y={y + 24} fontSize={10.5} fill="#334155">
              {rowSummary(strip)}
            </text>
            <rect x={4} y={y + 28} width={WIDTH - 8} height={bar} fill="#f8fafc" stroke="#e2e8f0" />
            {strip?.segments.map((segment) => {
              const x1 = x(segment.from);
              const width = Math.max(x(segment.to) - x1, 3);
              return (
                <g key={segment.id}>
                  <title>{segmentText(segment)}</title>
                  <rect
                    x={x1}
                    y={y + 28}
                    width={width}
                    height={bar}
                    fill={segment.position.color}
                    fillOpacity={segment.stale ? 0.4 : 1}
                    stroke={segment.stale ? "#0f172a" : "none"}
                    strokeDasharray={segment.stale ? "3 2" : undefined}
                    strokeWidth={0.75}
                  />
                  {segment.shift ? (
                    <path
                      d={`M ${x1} ${y + 26} v ${bar + 4} M ${x1 - 3} ${y + 25} h 6 l -3 4 z`}
                      stroke="#0f172a"
                      fill="#0f172a"
                      strokeWidth={1.25}
                    />
                  ) : null}
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}

/** The strips as a table, for screen readers, printing and anyone who would rather read than look. */
export function PositionStripTable({
  caption,
  strips,
  showCountry,
}: {
  caption: string;
  strips: PositionStrip[];
  showCountry: boolean;
}) {
  return (
    <div className="overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="text-left text-sm text-slate-600">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            {showCountry ? (
              <th scope="col" className="py-1 pr-3">
                Country
              </th>
            ) : null}
            <th scope="col" className="py-1 pr-3">
              Dimension
            </th>
            <th scope="col" className="py-1 pr-3">
              Position
            </th>
            <th scope="col" className="py-1 pr-3">
              Period
            </th>
            <th scope="col" className="py-1">
              Last evidence
            </th>
          </tr>
        </thead>
        <tbody>
          {strips.flatMap((strip) =>
            strip.segments.map((segment) => (
              <tr key={segment.id} className="border-b border-slate-200">
                {showCountry ? (
                  <td className="py-1 pr-3">
                    <Link href={paths.country(strip.country.code)} className="underline">
                      {strip.country.shortName}
                    </Link>
                  </td>
                ) : null}
                <td className="py-1 pr-3">{strip.dimension.label}</td>
                <td className="py-1 pr-3">
                  {segment.shift ? "Shift to " : ""}
                  {segment.position.label}
                </td>
                <td className="py-1 pr-3">
                  {formatDate(segment.from)} –{" "}
                  {segment.open ? (segment.stale ? "open, stale (no recent evidence)" : "now") : formatDate(segment.to)}
                </td>
                <td className="py-1">{segment.lastEvidence ? formatDate(segment.lastEvidence) : "none public"}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
