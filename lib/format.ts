// Display formatting shared by server and client components.

/** Calendar dates are stored as UTC midnight (PostgreSQL `date`); format them in UTC so they never shift a day. */
export function formatDate(date: Date): string {
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}
