"use client";
// "Over time" for the explorer: a row per country, a column per month (or year) whose height counts the statements
// and whose stacked segments are coloured by the position taken, named in the legend beside the chart. Columns sit
// in their own slot of the time axis, so none hides another. SVG with one title per column (country, period, each
// position's count: one per column, not per segment), next to the same data as a table on the page.
// A client component only for its bytes: the server still renders it into the HTML (it needs no JavaScript), but
// the RSC payload the browser hydrates from then carries the counts (a few numbers per column) instead of the
// rendered paths and titles a second time, which were a third of that payload on a year of a million statements.
// What the HTML repeats per column is kept short too: a dimension's name once per title, coordinates in tenths.
import { timeScale, YearAxis, type Scale } from "./timeline-chart";

const WIDTH = 640;
const FONT = 12;
const LEFT = 104;
const BAR = 28;
const ROW = BAR + 12;
const TOP = 22;
/** A coordinate in tenths of a unit: the chart is 640 units wide, at most ~900 px, so a tenth is under 0.15 px. */
const tenths = (value: number) => Math.round(value * 10);
/** Tenths as SVG path numbers, without the leading zero ("-.5", "12.3"): string slicing, not a regex, per number. */
const num = (value: number) => {
  const text = String(value / 10);
  return text.startsWith("0.") ? text.slice(1) : text.startsWith("-0.") ? `-${text.slice(2)}` : text;
};
/** A path command's two numbers: a minus sign, or a second decimal point, separates them by itself ("4.6-1", "4.6.5"). */
const pair = (a: number, b: number) => {
  const [first, second] = [num(a), num(b)];
  return `${first}${second[0] === "-" || (second[0] === "." && first.includes(".")) ? "" : " "}${second}`;
};

/** A position the chart stacks, in stacking order (bottom first): the legend's order. */
export interface TimelineCategory {
  color: string;
  /** The position's dimension, as the legend names it ("Instrument"). */
  group: string;
  /** The position's name within its dimension ("End-of-war declaration"). */
  name: string;
}

/**
 * A country's row: per period, where its column stands (the period's middle, epoch milliseconds: lib/dates'
 * periodMiddle, computed on the server since lib/dates would bring zod into the browser), the period as people read
 * it ("Sep 2021", "2021"), and its statements per category, by the categories' index.
 */
export interface TimelineRow {
  label: string;
  columns: [middle: number, period: string, counts: number[]][];
}

interface Column {
  time: number;
  period: string;
  /** The categories with statements in this period, bottom first. */
  points: { category: number; count: number }[];
  total: number;
}

export function PositionColumnsTimeline({
  rows,
  categories,
  granularity,
  title,
  description,
  id,
}: {
  rows: TimelineRow[];
  categories: TimelineCategory[];
  granularity: "month" | "year";
  title: string;
  description: string;
  id: string;
}) {
  const columns: Column[][] = rows.map((row) =>
    row.columns.map(([time, period, counts]) => {
      const points = counts.flatMap((count, category) => (count > 0 ? [{ category, count }] : []));
      return {
        time,
        period,
        points,
        total: points.reduce((sum, point) => sum + point.count, 0),
      };
    }),
  );
  const all = columns.flatMap((row) => row.map((column) => new Date(column.time)));
  if (all.length === 0) return null;
  const scale = timeScale(all, LEFT + 4, WIDTH - 6);
  const yearWidth = scale.x(new Date(Date.UTC(2001, 0, 1))) - scale.x(new Date(Date.UTC(2000, 0, 1)));
  const slot = granularity === "year" ? yearWidth : yearWidth / 12;
  const width = Math.max(1.5, slot - Math.min(2, slot * 0.2));
  const largest = Math.max(1, ...columns.flatMap((row) => row.map((column) => column.total)));
  const height = TOP + rows.length * ROW + 4;
  return (
    <svg
      id={id}
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      className="h-auto w-full max-w-4xl"
      fontFamily="inherit"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <YearAxis scale={scale} top={TOP - 2} bottom={height} />
      {rows.map((row, index) => {
        const base = TOP + index * ROW + BAR + 4;
        const label = row.label.length > 16 ? `${row.label.slice(0, 15)}…` : row.label;
        return (
          <g key={row.label}>
            <line x1={LEFT} x2={WIDTH - 4} y1={base} y2={base} stroke="#cbd5e1" />
            <text x={4} y={base - 4} fontSize={FONT - 1} fill="#0f172a">
              {label}
            </text>
            <g stroke="#0f172a" strokeWidth={0.3}>
              {[...stackedPaths(columns[index], scale, { base, slot, width, largest })].map(([category, d]) => (
                <path key={category} d={d} fill={categories[category].color} />
              ))}
            </g>
            {/* Over the whole column, so that hovering any of its segments names them all. */}
            <g fill="transparent" transform={`translate(0 ${base - BAR})`}>
              {columns[index].map((column) => (
                <rect
                  key={column.time}
                  x={num(tenths(scale.x(new Date(column.time)) - slot / 2))}
                  width={num(tenths(width))}
                  height={BAR}
                >
                  <title>{`${row.label}, ${column.period} statements — ${columnTitle(column, categories)}`}</title>
                </rect>
              ))}
            </g>
          </g>
        );
      })}
    </svg>
  );
}

/**
 * A row's stacked segments as one path per position (a rectangle per period in each), rather than a rect per
 * segment: at a million statements that was 840 elements and a quarter of /explore's bytes.
 */
function stackedPaths(
  columns: Column[],
  scale: Scale,
  { base, slot, width, largest }: { base: number; slot: number; width: number; largest: number },
) {
  // Each rectangle starts where the previous one of its path started (after "z"), so it moves there relatively
  // ("m"), in tenths computed from rounded ends so that segments of a column still meet exactly.
  const paths = new Map<number, { d: string; x: number; y: number }>();
  const w = tenths(width);
  for (const column of columns) {
    // Start of the period: the column fills its own slot of the axis.
    const x = tenths(scale.x(new Date(column.time)) - slot / 2);
    const total = Math.max(2, (column.total / largest) * BAR);
    let bottom = base;
    for (const point of column.points) {
      const top = bottom - (point.count / column.total) * total;
      const [y, h] = [tenths(top), tenths(bottom) - tenths(top)];
      bottom = top;
      const path = paths.get(point.category);
      const move = path ? `m${pair(x - path.x, y - path.y)}` : `M${pair(x, y)}`;
      paths.set(point.category, { d: `${path?.d ?? ""}${move}h${num(w)}v${num(h)}h${num(-w)}z`, x, y });
    }
  }
  return new Map([...paths].map(([category, { d }]) => [category, d]));
}

/** "Instrument: End-of-war declaration 206, Peace treaty 3; Sequencing: Action for action 12": each name once. */
function columnTitle(column: Column, categories: TimelineCategory[]) {
  const groups: { group: string; counts: string[] }[] = [];
  for (const { category, count } of column.points) {
    const { group, name } = categories[category];
    const last = groups.at(-1);
    if (last?.group === group) last.counts.push(`${name} ${count}`);
    else groups.push({ group, counts: [`${name} ${count}`] });
  }
  return groups.map(({ group, counts }) => `${group}: ${counts.join(", ")}`).join("; ");
}
