// "YYYY-MM-DD" that names a real day PostgreSQL accepts: "2021-13-45" and "2021-02-30" do not, nor does year 0.
// For keys read back from addresses and cursors, which people and scripts can type.
export function isCalendarDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || text.startsWith("0000")) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
