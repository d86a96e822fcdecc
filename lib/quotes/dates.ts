// A statement's date as a period (coding rule 8): a day, or the whole month or year it was dated to. Pure.
import type { DatePrecision } from "@/lib/generated/prisma/enums";

/** The last day of the period that starts on `statedOn` (UTC midnight, as @db.Date values are read). */
export function lastDayOf(statedOn: Date, precision: DatePrecision): Date {
  if (precision === "day") return statedOn;
  const year = statedOn.getUTCFullYear();
  return precision === "month"
    ? new Date(Date.UTC(year, statedOn.getUTCMonth() + 1, 0))
    : new Date(Date.UTC(year, 11, 31));
}
