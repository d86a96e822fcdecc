// A wide table on a narrow screen: it scrolls sideways inside this labelled region (role=region, a name, and a tab
// stop so keyboard users can scroll it), never the page. The cue that more lies to the side is visible: shadows at
// the edge that has more (pure CSS, .scroll-cue in app/globals.css) and, on narrow screens, a line saying so.
export function ScrollRegion({
  label,
  labelledBy,
  children,
  className = "",
}: {
  /** The region's name, unless `labelledBy` names a heading that says it. */
  label?: string;
  labelledBy?: string;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <div className={className}>
      <p className="mb-1 text-xs text-slate-600 md:hidden" aria-hidden="true">
        Scroll sideways for more columns →
      </p>
      <div
        className="scroll-cue overflow-x-auto"
        role="region"
        aria-label={labelledBy ? undefined : label}
        aria-labelledby={labelledBy}
        tabIndex={0}
      >
        {children}
      </div>
    </div>
  );
}
