// Hand-written SVG timelines, rendered on the server (no chart library, no browser JavaScript). Each bar or dot
// carries a text label, so nothing depends on colour; each chart has a title and description, and the pages
// print the same data as a list or table next to it.
// Narrow on purpose: the SVG scales to the page width, and at 360 units its 11-unit labels stay about 11 px
// on a 390-px phone (and ~15 px at the desktop cap, max-w-lg).
const WIDTH = 360;
const FONT = 12;
/** Coordinates to a hundredth of a unit: full doubles only add bytes to the page. */
const at = (value: number) => Math.round(value * 100) / 100;

export interface Scale {
  x: (date: Date) => number;
  years: number[];
  from: number;
  to: number;
}

export function timeScale(dates: Date[], left: number, right: number): Scale {
  const years = dates.map((date) => date.getUTCFullYear());
  const first = Math.min(...years);
  const last = Math.max(...years) + 1;
  const from = Date.UTC(first, 0, 1);
  const to = Date.UTC(last, 0, 1);
  const yearsOnAxis = Array.from({ length: last - first + 1 }, (_, index) => first + index);
  return { x: (date) => left + ((date.getTime() - from) / (to - from)) * (right - left), years: yearsOnAxis, from, to };
}

export function YearAxis({ scale, top, bottom }: { scale: Scale; top: number; bottom: number }) {
  // Label every year when they fit, otherwise every other one.
  const step = scale.years.length > 9 ? 2 : 1;
  return (
    <g aria-hidden="true">
      {scale.years.map((year, index) => {
        const x = at(scale.x(new Date(Date.UTC(year, 0, 1))));
        return (
          <g key={year}>
            <line x1={x} x2={x} y1={top} y2={bottom} stroke="#e2e8f0" />
            {index % step === 0 && index < scale.years.length - 1 ? (
              <text x={x + 2} y={top - 4} fontSize={FONT - 1} fill="#475569">
                {year}
              </text>
            ) : null}
          </g>
        );
      })}
    </g>
  );
}

export interface DotSeries {
  label: string;
  /** A dot per period (a month), with the number of statements in it. */
  points: { date: Date; count: number }[];
}

/** Counts as a dot shows them: 7, 120, 4.8k, 12k. */
const shortCount = (count: number) =>
  count < 1000 ? String(count) : count < 10_000 ? `${(count / 1000).toFixed(1)}k` : `${Math.round(count / 1000)}k`;

/** One row per series (a country), a dot per period; a number in a larger dot counts its statements. */
export function DotTimeline({
  series,
  title,
  description,
}: {
  series: DotSeries[];
  title: string;
  description: string;
}) {
  const all = series.flatMap((row) => row.points.map((point) => point.date));
  if (all.length === 0) return null;
  const LEFT = 70;
  const ROW = 30;
  const scale = timeScale(all, LEFT, WIDTH - 8);
  const height = 24 + series.length * ROW + 4;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby="dots-title dots-desc"
      className="h-auto w-full max-w-lg"
      fontFamily="inherit"
    >
      <title id="dots-title">{title}</title>
      <desc id="dots-desc">{description}</desc>
      <YearAxis scale={scale} top={20} bottom={height} />
      {series.map((row, index) => {
        const y = 24 + index * ROW + ROW / 2;
        return (
          <g key={row.label}>
            <line x1={LEFT} x2={WIDTH - 8} y1={y} y2={y} stroke="#cbd5e1" />
            <text x={4} y={y + 4} fontSize={FONT} fill="#0f172a">
              {row.label}
            </text>
            {row.points.map(({ date, count }) => {
              const x = at(scale.x(date));
              return count > 1 ? (
                <g key={date.getTime()}>
                  <circle cx={x} cy={y} r={count < 100 ? 7 : 9} fill="#1e293b" stroke="#fff" strokeWidth={1} />
                  <text x={x} y={y + 3} textAnchor="middle" fontSize={FONT - 4} fontWeight={700} fill="#fff">
                    {shortCount(count)}
                  </text>
                </g>
              ) : (
                <circle key={date.getTime()} cx={x} cy={y} r={4} fill="#1e293b" stroke="#fff" strokeWidth={1} />
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
