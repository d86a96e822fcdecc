// Dates as the app reads, stores and shows them: the one module for parsing, formatting, periods and precision.
// Pure: client components use it too.
//
// Two kinds of value, never mixed:
// - a calendar day ("YYYY-MM-DD", an article's or a statement's date, a period's ends): stored in a PostgreSQL
//   `date` column, which Prisma reads as UTC midnight. Every conversion here works in UTC, so a day never shifts
//   with the time zone of the server or the browser (a Date at UTC midnight is still the previous evening in New
//   York: `toLocaleDateString()` without a zone would show the wrong day there).
// - a moment (`createdAt`, a token's last use): shown in UTC with the zone named, so editors in Seoul and
//   Washington read the same time in the audit log.
// A statement date has a precision (coding rule 8): a day, or the whole month or year, stored as its first day.
import { z } from "zod";

export type DatePrecision = "day" | "month" | "year";

const DAY_MS = 86_400_000;

/** For keys read back from addresses and cursors, which people and scripts can type. */
export function isCalendarDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || text.startsWith("0000")) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** "YYYY-MM-DD", a real calendar day: what an <input type="date"> gives and a @db.Date column keeps. */
export const isoDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter a date as YYYY-MM-DD.")
  .refine(isCalendarDay, "Enter a real date.");

/** The Date a `date` column holds for a day: UTC midnight. Throws on anything but a real "YYYY-MM-DD". */
export function fromIsoDay(day: string): Date {
  if (!isCalendarDay(day)) throw new RangeError(`"${day}" is not a calendar day (YYYY-MM-DD).`);
  return new Date(`${day}T00:00:00Z`);
}

/** The "YYYY-MM-DD" of a day read from a `date` column (or the UTC day of a moment). */
export function toIsoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The day `days` after `day` (before, when negative), across months, years and leap days. */
export function addDays(day: Date, days: number): Date {
  return new Date(day.getTime() + days * DAY_MS);
}

// In UTC, see above. en-US abbreviates every month to three letters ("Sep 2021"); en-GB now writes "Sept", so the
// day goes in front by hand rather than through en-GB's day-month-year format.
const MONTH_FORMAT = new Intl.DateTimeFormat("en-US", { month: "short", year: "numeric", timeZone: "UTC" });

/** A calendar day for reading: "3 Sep 2021". Takes a `date` column's value or its "YYYY-MM-DD". */
export function formatDate(day: Date | string): string {
  const date = typeof day === "string" ? fromIsoDay(day) : day;
  return `${date.getUTCDate()} ${MONTH_FORMAT.format(date)}`;
}

/** The month of a day: "Sep 2021". */
export function formatMonth(day: Date): string {
  return MONTH_FORMAT.format(day);
}

/** A chart's period, a month ("2021-09") or a year ("2021"), as its label: "Sep 2021", "2021". */
export function formatPeriod(period: string): string {
  return period.length === 4 ? period : formatMonth(fromIsoDay(`${period}-01`));
}

/** Where a chart places a period's marker: the middle of its month or year. */
export function periodMiddle(period: string): Date {
  return fromIsoDay(period.length === 4 ? `${period}-07-01` : `${period}-15`);
}

/** A statement date at its precision (coding rule 8): "3 Sep 2021", "Sep 2021", "2018". */
export function formatStatedOn(statedOn: Date | string, precision: DatePrecision = "day"): string {
  const date = typeof statedOn === "string" ? fromIsoDay(statedOn) : statedOn;
  if (precision === "year") return String(date.getUTCFullYear());
  return precision === "month" ? formatMonth(date) : formatDate(date);
}

/** A moment in UTC, to the minute or the second: "2021-09-03 14:05 UTC". */
export function formatTimestamp(moment: Date, to: "minute" | "second" = "minute"): string {
  return `${moment
    .toISOString()
    .slice(0, to === "minute" ? 16 : 19)
    .replace("T", " ")} UTC`;
}

/** The first day of a period as the database keeps it ("2021-09" → "2021-09-01", "2018" → "2018-01-01"). */
export function firstDayOf(value: string, precision: DatePrecision): string {
  return precision === "day" ? value : precision === "month" ? `${value}-01` : `${value}-01-01`;
}

/** The other way: a stored first day shown at its precision ("2021-09-01", month → "2021-09"). */
export function atPrecision(day: string, precision: DatePrecision): string {
  return precision === "day" ? day : precision === "month" ? day.slice(0, 7) : day.slice(0, 4);
}

/** The last day of the period that starts on `statedOn` (UTC midnight, as `date` columns are read). */
export function lastDayOf(statedOn: Date, precision: DatePrecision): Date {
  if (precision === "day") return statedOn;
  const year = statedOn.getUTCFullYear();
  return precision === "month"
    ? new Date(Date.UTC(year, statedOn.getUTCMonth() + 1, 0))
    : new Date(Date.UTC(year, 11, 31));
}
