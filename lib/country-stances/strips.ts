// Positions over time as strips: for each country and dimension, its published records in order, each drawn from
// its start to its end. An open record means "still held" only while its evidence is recent: when coding rule 10's
// `staleness()` (./evidence-rule.ts) flags it — last evidence over 12 months old, or spoken in a role that has since
// ended — it is stale and ends at that evidence, never at today. An open record followed by a later one on the same
// dimension ends where the later one starts.

export interface StripRecordInput {
  id: number;
  validFrom: Date;
  validTo: Date | null;
  country: { code: string; name: string; shortName: string };
  dimension: { key: string; label: string };
  position: { key: string; label: string; color: string };
  /** The latest public statement the record cites, if any. */
  lastEvidence: Date | null;
  /** Flagged by `staleness()` (coding rule 10): open on evidence that may no longer hold. */
  stale: boolean;
}

export interface StripSegment {
  id: number;
  from: Date;
  /** Where the drawing ends: the record's end, today while evidence is recent, or the last evidence when stale. */
  to: Date;
  open: boolean;
  stale: boolean;
  /** The position differs from the previous record's on this dimension. */
  shift: boolean;
  position: { key: string; label: string; color: string };
  lastEvidence: Date | null;
}

export interface PositionStrip {
  country: { code: string; name: string; shortName: string };
  dimension: { key: string; label: string };
  segments: StripSegment[];
  lastEvidence: Date | null;
}

/** Strips keyed "CODE:dimensionKey", records oldest first; the caller orders countries and dimensions. */
export function buildStrips(records: StripRecordInput[], now: Date): Map<string, PositionStrip> {
  const ordered = [...records].sort((a, b) => a.validFrom.getTime() - b.validFrom.getTime() || a.id - b.id);
  const strips = new Map<string, PositionStrip>();
  for (const record of ordered) {
    const key = `${record.country.code}:${record.dimension.key}`;
    const strip = strips.get(key) ?? {
      country: record.country,
      dimension: record.dimension,
      segments: [],
      lastEvidence: null,
    };
    const previous = strip.segments.at(-1);
    // A position replaced by a later record is drawn up to the change, not over it.
    if (previous?.open && previous.to > record.validFrom)
      Object.assign(previous, { to: max(previous.from, record.validFrom), open: false, stale: false });
    const stale = record.validTo === null && record.stale;
    const end = record.validTo ?? (stale ? (record.lastEvidence ?? record.validFrom) : now);
    strip.segments.push({
      id: record.id,
      from: record.validFrom,
      to: end < record.validFrom ? record.validFrom : end,
      open: record.validTo === null,
      stale,
      shift: previous !== undefined && previous.position.key !== record.position.key,
      position: record.position,
      lastEvidence: record.lastEvidence,
    });
    if (record.lastEvidence && (!strip.lastEvidence || record.lastEvidence > strip.lastEvidence))
      strip.lastEvidence = record.lastEvidence;
    strips.set(key, strip);
  }
  return strips;
}

const max = (a: Date, b: Date) => (a > b ? a : b);
