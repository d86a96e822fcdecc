// Coding rule 10 as pure functions: qualifying evidence, a period covering its evidence, stale open records.
import { describe, expect, it } from "vitest";
import { evidenceProblems, staleness, type EvidenceQuote } from "@/lib/country-stances/evidence-rule";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const CN = 1;
const INSTRUMENT = 10;
const record = { countryId: CN, dimensionId: INSTRUMENT, validFrom: day("2018-07-01"), validTo: null };
const quote = (over: Partial<EvidenceQuote> = {}): EvidenceQuote => ({
  id: 1,
  attribution: "on_record",
  statedOn: day("2018-07-31"),
  statedOnPrecision: "day",
  stances: [{ dimensionId: INSTRUMENT, holderCountryId: CN }],
  ...over,
});

describe("coding rule 10", () => {
  it("needs a stance of the country on the dimension that is not an analyst's", () => {
    expect(evidenceProblems(record, [quote()])).toEqual({});
    expect(Object.keys(evidenceProblems(record, [quote({ attribution: "analyst" })]))).toEqual(["quoteIds"]);
    expect(
      Object.keys(evidenceProblems(record, [quote({ stances: [{ dimensionId: 11, holderCountryId: CN }] })])),
    ).toEqual(["quoteIds"]);
    expect(Object.keys(evidenceProblems(record, []))).toEqual(["quoteIds"]);
  });

  it("needs a period from no later than the first evidence to no earlier than the last", () => {
    expect(evidenceProblems({ ...record, validFrom: day("2018-08-01") }, [quote()]).validFrom).toBeDefined();
    expect(evidenceProblems({ ...record, validTo: day("2018-07-30") }, [quote()]).validTo).toBeDefined();
    expect(evidenceProblems({ ...record, validTo: day("2018-07-31") }, [quote()])).toEqual({});
    // A year of evidence counts as the whole year.
    const year = quote({ statedOn: day("2018-01-01"), statedOnPrecision: "year" });
    expect(evidenceProblems({ ...record, validFrom: day("2018-04-27"), validTo: day("2019-01-16") }, [year])).toEqual(
      {},
    );
  });

  it("flags an open record whose last evidence is over 12 months old, or whose speaker's role has ended", () => {
    const now = day("2022-06-01");
    expect(staleness(record, [quote()], now)).toEqual({
      lastEvidenceOn: day("2018-07-31"),
      reason: "The last evidence is over 12 months old (2018-07-31).",
    });
    expect(staleness(record, [quote({ statedOn: day("2022-01-10") })], now)?.reason).toBeNull();
    expect(
      staleness(record, [quote({ statedOn: day("2022-01-10"), roleEndsOn: day("2022-05-09") })], now)?.reason,
    ).toMatch(/role ended on 2022-05-09/);
    expect(staleness({ ...record, validTo: day("2018-07-31") }, [quote()], now)?.reason).toBeNull();
  });
});
