// lib/dates.ts: calendar days stay the same day in every time zone of the server or the browser, statement dates
// read at their precision (coding rule 8), periods run to their real last day, and bad days are refused.
import { afterEach, describe, expect, it } from "vitest";
import {
  addDays,
  atPrecision,
  firstDayOf,
  formatDate,
  formatMonth,
  formatPeriod,
  formatStatedOn,
  formatTimestamp,
  fromIsoDay,
  isoDaySchema,
  lastDayOf,
  periodMiddle,
  toIsoDay,
} from "@/lib/dates";

const originalZone = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalZone;
});

describe("calendar days in any time zone", () => {
  // UTC+14, UTC-10 and Seoul (UTC+9): a day kept as UTC midnight is a different local day in the first two.
  it.each(["Pacific/Kiritimati", "Pacific/Honolulu", "Asia/Seoul", "UTC"])("%s", (zone) => {
    process.env.TZ = zone;
    const day = fromIsoDay("2021-09-03");
    expect(day.toISOString()).toBe("2021-09-03T00:00:00.000Z");
    expect(toIsoDay(day)).toBe("2021-09-03");
    expect(formatDate(day)).toBe("3 Sep 2021");
    expect(formatDate("2021-09-03")).toBe("3 Sep 2021");
    expect(formatMonth(fromIsoDay("2021-09-01"))).toBe("Sep 2021");
    expect(formatStatedOn(fromIsoDay("2018-01-01"), "year")).toBe("2018");
  });

  it("the zones above really differ: in Honolulu the stored midnight is the evening before", () => {
    process.env.TZ = "Pacific/Honolulu";
    expect(fromIsoDay("2021-09-03").getDate()).toBe(2);
    expect(fromIsoDay("2021-09-03").toLocaleDateString("en-GB")).toBe("02/09/2021");
  });

  it("gives a moment's UTC day, not the local one", () => {
    process.env.TZ = "Asia/Seoul";
    const lateEvening = new Date("2021-09-03T23:30:00Z"); // 08:30 on 4 September in Seoul
    expect(toIsoDay(lateEvening)).toBe("2021-09-03");
    expect(formatTimestamp(lateEvening)).toBe("2021-09-03 23:30 UTC");
    expect(formatTimestamp(new Date("2021-09-03T23:30:59.900Z"), "second")).toBe("2021-09-03 23:30:59 UTC");
  });
});

describe("parsing days", () => {
  it.each(["2021-02-29", "2021-13-01", "2021-09-31", "0000-01-01", "2021-9-3", "3 Sep 2021", ""])(
    "refuses %j",
    (text) => {
      expect(() => fromIsoDay(text)).toThrow(RangeError);
      expect(isoDaySchema.safeParse(text).success).toBe(false);
    },
  );

  it("accepts a leap day and says what is wrong otherwise", () => {
    expect(toIsoDay(fromIsoDay("2020-02-29"))).toBe("2020-02-29");
    expect(isoDaySchema.safeParse("2021/09/03").error?.issues[0]?.message).toBe("Enter a date as YYYY-MM-DD.");
    expect(isoDaySchema.safeParse("2021-02-30").error?.issues[0]?.message).toBe("Enter a real date.");
  });

  it("steps days across months, years and leap days", () => {
    expect(toIsoDay(addDays(fromIsoDay("2020-02-28"), 1))).toBe("2020-02-29");
    expect(toIsoDay(addDays(fromIsoDay("2021-02-28"), 1))).toBe("2021-03-01");
    expect(toIsoDay(addDays(fromIsoDay("2021-12-31"), 1))).toBe("2022-01-01");
    expect(toIsoDay(addDays(fromIsoDay("2021-10-10"), -14))).toBe("2021-09-26");
  });
});

describe("statement dates at their precision (coding rule 8)", () => {
  it.each([
    { precision: "day", value: "2021-09-03", first: "2021-09-03", last: "2021-09-03", shown: "3 Sep 2021" },
    { precision: "month", value: "2021-09", first: "2021-09-01", last: "2021-09-30", shown: "Sep 2021" },
    { precision: "month", value: "2020-02", first: "2020-02-01", last: "2020-02-29", shown: "Feb 2020" },
    { precision: "month", value: "2021-12", first: "2021-12-01", last: "2021-12-31", shown: "Dec 2021" },
    { precision: "year", value: "2018", first: "2018-01-01", last: "2018-12-31", shown: "2018" },
  ] as const)("$precision $value", ({ precision, value, first, last, shown }) => {
    expect(firstDayOf(value, precision)).toBe(first);
    expect(atPrecision(first, precision)).toBe(value);
    expect(toIsoDay(lastDayOf(fromIsoDay(first), precision))).toBe(last);
    expect(formatStatedOn(fromIsoDay(first), precision)).toBe(shown);
    expect(formatStatedOn(first, precision)).toBe(shown);
  });
});

describe("chart periods", () => {
  it("labels a month or a year and places its marker in its middle", () => {
    expect(formatPeriod("2021-09")).toBe("Sep 2021");
    expect(formatPeriod("2021")).toBe("2021");
    expect(toIsoDay(periodMiddle("2021-09"))).toBe("2021-09-15");
    expect(toIsoDay(periodMiddle("2021"))).toBe("2021-07-01");
  });
});
