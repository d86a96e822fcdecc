// "Over time" for the explorer: a row per country, a column per month (or year) whose height counts the statements
// and whose stacked segments are coloured by the position taken, named in the legend beside the chart. Columns sit
// in their own slot of the time axis, so none hides another. Server-rendered SVG; each column has one title (country,
// period, each position's count: one per column, not per segment, keeps the page small), and the page prints the
// same data as a table. Everything here is written twice (the HTML and the RSC payload the browser hydrates from),
// so what repeats per column is kept short: a dimension's name once per title, coordinates in tenths of a unit.
import { timeScale, YearAxis, type Scale } from "./timeline-chart";

const WIDTH = 640;
const FONT = 12;
const LEFT = 104;
const BAR = 28;
const ROW = BAR + 12;
const TOP = 22;
/** A coordinate in tenths of a unit: the chart is 640 units wide, at most ~900 px, so a tenth is under 0.15 px. */
const tenths = (value: number) => Math.round(value * 10);
/** Tenths as SVG path numbers, without the leading zero ("-.5", "12.3"). */
const num = (value: number) => String(value / 10).replace(/^(-?)0\./, "$1.");
/** A path command's two numbers: a minus sign, or a second decimal point, separates them by itself ("4.6-1", "4.6.5"). */
const pair = (a: number, b: number) => {
  const [first, second] = [num(a), num(b)];
  return `${first}${second[0] === "-" || (second[0] === "." && first.includes(".")) ? "" : " "}${second}`;
};

export interface PositionPoint {
  /** Mid-period: the 15th of a month, or 1 July of a year. */
  date: Date;
  /** The period as people read it: "Sep 2021", "2021". */
  period: string;
  count: number;
  color: string;
  /** The position's id ("dimension:position"), which orders the stack. */
  category: string;
  /** The position's dimension, as the legend names it ("Instrument"). */
  group: string;
  /** The position's name within its dimension ("End-of-war declaration"). */
  name: string;
}

export interface PositionSeries {
  label: string;
  points: PositionPoint[];
}

export function PositionColumnsTimeline({
  series,
  order,
  granularity,
  title,
  description,
  id,
}: {
  series: PositionSeries[];
  /** The categories in stacking order (bottom first): the legend's order. */
  order: string[];
  granularity: "month" | "year";
  title: string;
  description: string;
  id: string;
}) {
  const all = series.flatMap((row) => row.points.map((point) => point.date));
  if (all.length === 0) return null;
  const scale = timeScale(all, LEFT + 4, WIDTH - 6);
  const yearWidth = scale.x(new Date(Date.UTC(2001, 0, 1))) - scale.x(new Date(Date.UTC(2000, 0, 1)));
  const slot = granularity === "year" ? yearWidth : yearWidth / 12;
  const width = Math.max(1.5, slot - Math.min(2, slot * 0.2));
  const rank = new Map(order.map((category, index) => [category, index]));
  const columns = series.map((row) => {
    const perPeriod = new Map<number, PositionPoint[]>();
    for (const point of row.points)
      perPeriod.set(point.date.getTime(), [...(perPeriod.get(point.date.getTime()) ?? []), point]);
    return [...perPeriod].map(([time, points]) => ({
      time,
      points: points.sort((a, b) => (rank.get(a.category) ?? 0) - (rank.get(b.category) ?? 0)),
      total: points.reduce((sum, point) => sum + point.count, 0),
    }));
  });
  const largest = Math.max(1, ...columns.flatMap((row) => row.map((column) => column.total)));
  const height = TOP + series.length * ROW + 4;
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
      {series.map((row, index) => {
        const base = TOP + index * ROW + BAR + 4;
        const label = row.label.length > 16 ? `${row.label.slice(0, 15)}…` : row.label;
        return (
          <g key={row.label}>
            <line x1={LEFT} x2={WIDTH - 4} y1={base} y2={base} stroke="#cbd5e1" />
            <text x={4} y={base - 4} fontSize={FONT - 1} fill="#0f172a">
              {label}
            </text>
            <g stroke="#0f172a" strokeWidth={0.3}>
              {[...stackedPaths(columns[index], scale, { base, slot, width, largest })].map(([category, path]) => (
                <path key={category} d={path.d} fill={path.color} />
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
                  <title>{`${row.label}, ${column.points[0].period} statements — ${columnTitle(column.points)}`}</title>
                </rect>
              ))}
            </g>
          </g>
        );
      })}
    </svg>
  );
}

interface Column {
  time: number;
  points: PositionPoint[];
  total: number;
}

/**
 * A row's stacked segments as one path per position (a rectangle per period in each), rather than a rect per
 * segment: at a million statements that was 840 elements and a quarter of /explore's bytes, twice (HTML and RSC).
 */
function stackedPaths(
  columns: Column[],
  scale: Scale,
  { base, slot, width, largest }: { base: number; slot: number; width: number; largest: number },
) {
  // Each rectangle starts where the previous one of its path started (after "z"), so it moves there relatively
  // ("m"), in tenths computed from rounded ends so that segments of a column still meet exactly.
  const paths = new Map<string, { color: string; d: string; x: number; y: number }>();
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
      const d = `${path?.d ?? ""}${move}h${num(w)}v${num(h)}h${num(-w)}z`;
      paths.set(point.category, { color: point.color, d, x, y });
    }
  }
  return paths;
}

/** "Instrument: End-of-war declaration 206, Peace treaty 3; Sequencing: Action for action 12": each name once. */
function columnTitle(points: PositionPoint[]) {
  const groups: { group: string; counts: string[] }[] = [];
  for (const point of points) {
    const last = groups.at(-1);
    const count = `${point.name} ${point.count}`;
    if (last?.group === point.group) last.counts.push(count);
    else groups.push({ group: point.group, counts: [count] });
  }
  return groups.map(({ group, counts }) => `${group}: ${counts.join(", ")}`).join("; ");
}
