// Display formatting shared by server and client components.

/** Calendar dates are stored as UTC midnight (PostgreSQL `date`); format them in UTC so they never shift a day. */
export function formatDate(date: Date): string {
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

/** A statement date at its precision (coding rule 8): "3 Sep 2021", "Sep 2021", "2018". */
export function formatStatedOn(date: Date, precision: "day" | "month" | "year" = "day"): string {
  if (precision === "year") return String(date.getUTCFullYear());
  // en-US: "Sep 2021" (en-GB now writes "Sept 2021").
  if (precision === "month")
    return date.toLocaleDateString("en-US", { month: "short", year: "numeric", timeZone: "UTC" });
  return formatDate(date);
}
