// Calendar days as the app reads and writes them: "YYYY-MM-DD" strings naming a real day PostgreSQL accepts
// ("2021-13-45" and "2021-02-30" do not, nor does year 0). Pure: client components use it too.
import { z } from "zod";

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
