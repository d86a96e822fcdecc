// Confirmed shifts as the public sees them (the Atom feeds and the country page): a possible shift an editor
// confirmed whose new record a second editor has published, with the statement that showed it when that is public.
import "server-only";
import { cachedPublicRead } from "@/lib/public-cache";
import { db } from "@/lib/db";
import { PUBLISHED_COUNTRY_STANCE } from "@/lib/country-stances/public";
import { PUBLISHED_QUOTE } from "@/lib/quotes/public";

export interface PublicShift {
  id: number;
  /** The published record the confirmation created. */
  recordId: number;
  country: { code: string; name: string };
  dimension: { key: string; label: string };
  /** The position of the record it replaced; null when the country had none on this dimension. */
  from: string | null;
  to: string;
  validFrom: Date;
  summary: string;
  publishedAt: Date;
  /** When the record was last changed (its review or a correction). */
  updatedAt: Date;
  quote: { id: number; text: string; statedOn: Date; speaker: string } | null;
}

const FEED_SIZE = 50;

/** The latest confirmed and published shifts, newest first; of one country when a code is given. */
async function uncachedListPublishedShifts(countryCode: string | null): Promise<PublicShift[]> {
  const rows = await db.possibleShift.findMany({
    where: {
      status: "confirmed",
      resultRecord: { ...PUBLISHED_COUNTRY_STANCE, publishedAt: { not: null } },
      ...(countryCode ? { country: { code: countryCode } } : {}),
    },
    orderBy: [{ resultRecord: { publishedAt: "desc" } }, { id: "desc" }],
    take: FEED_SIZE,
    select: {
      id: true,
      country: { select: { code: true, name: true } },
      dimension: { select: { key: true, label: true } },
      currentRecord: { select: { position: { select: { label: true } } } },
      resultRecord: {
        select: {
          id: true,
          validFrom: true,
          summary: true,
          publishedAt: true,
          updatedAt: true,
          position: { select: { label: true } },
        },
      },
      quote: {
        select: {
          id: true,
          text: true,
          statedOn: true,
          speakerLabel: true,
          speaker: { select: { name: true } },
          speakerOrganization: { select: { name: true } },
        },
      },
    },
  });
  const publicQuotes = new Set(
    (
      await db.quote.findMany({
        where: { id: { in: rows.map((row) => row.quote.id) }, ...PUBLISHED_QUOTE },
        select: { id: true },
      })
    ).map((quote) => quote.id),
  );
  return rows.flatMap((row) => {
    const record = row.resultRecord;
    if (!record?.publishedAt) return [];
    const { quote } = row;
    return [
      {
        id: row.id,
        recordId: record.id,
        country: row.country,
        dimension: row.dimension,
        from: row.currentRecord?.position.label ?? null,
        to: record.position.label,
        validFrom: record.validFrom,
        summary: record.summary,
        publishedAt: record.publishedAt,
        updatedAt: record.updatedAt,
        quote: publicQuotes.has(quote.id)
          ? {
              id: quote.id,
              text: quote.text,
              statedOn: quote.statedOn,
              speaker: quote.speaker?.name ?? quote.speakerOrganization?.name ?? quote.speakerLabel ?? "Unattributed",
            }
          : null,
      },
    ];
  });
}

export const listPublishedShifts = cachedPublicRead("shifts.listPublishedShifts", uncachedListPublishedShifts);
