// Coding rule 8: a statement dated to a month or a year stands for the whole period, and the input says which.
import { describe, expect, it } from "vitest";
import { atPrecision, firstDayOf, formatStatedOn, lastDayOf } from "@/lib/dates";
import { statedOnProblem } from "@/lib/quotes/schemas";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("statement dates with a precision", () => {
  it("runs a month or a year to its last day", () => {
    expect(lastDayOf(day("2021-09-01"), "month").toISOString().slice(0, 10)).toBe("2021-09-30");
    expect(lastDayOf(day("2020-02-01"), "month").toISOString().slice(0, 10)).toBe("2020-02-29");
    expect(lastDayOf(day("2018-01-01"), "year").toISOString().slice(0, 10)).toBe("2018-12-31");
    expect(lastDayOf(day("2021-10-26"), "day").toISOString().slice(0, 10)).toBe("2021-10-26");
  });

  it("stores a month or a year as its first day and gives it back at its precision", () => {
    expect(firstDayOf("2021-09", "month")).toBe("2021-09-01");
    expect(firstDayOf("2018", "year")).toBe("2018-01-01");
    expect(atPrecision("2021-09-01", "month")).toBe("2021-09");
    expect(atPrecision("2018-01-01", "year")).toBe("2018");
  });

  it("names what is wrong with a date that does not fit its precision", () => {
    expect(statedOnProblem("2021-09-15", "month")).toBe(
      'A date to the month has no day: enter 2021-09, or choose "day".',
    );
    expect(statedOnProblem("2018-03", "year")).toMatch(/enter 2018/);
    expect(statedOnProblem("2021-13", "month")).toBe("Enter the month as YYYY-MM.");
    expect(statedOnProblem("2021-02-30", "day")).toBe("Enter a real date.");
    expect(statedOnProblem("2021-09", "month")).toBeNull();
  });

  it("shows a date as precisely as it is known", () => {
    expect(formatStatedOn(day("2021-09-01"), "month")).toBe("Sep 2021");
    expect(formatStatedOn(day("2018-01-01"), "year")).toBe("2018");
    expect(formatStatedOn(day("2021-10-26"), "day")).toBe("26 Oct 2021");
  });
});
