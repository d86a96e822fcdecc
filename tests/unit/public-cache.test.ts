// The public cache stores JSON; what the published-only reads return must come back out of it unchanged.
import { describe, expect, it } from "vitest";
import { decode, encode } from "@/lib/public-cache";

describe("encode/decode for the public cache", () => {
  it.each([
    [
      "dates, nested and at the top",
      { publishedOn: new Date("2018-07-31T00:00:00Z"), quotes: [{ statedOn: new Date("2018-07-30T00:00:00Z") }] },
    ],
    ["a bare date", new Date("2021-12-03T00:00:00Z")],
    [
      "maps with dates inside",
      new Map([["CN:instrument", { validFrom: new Date("2018-07-31T00:00:00Z"), position: "declaration" }]]),
    ],
    ["bigints from raw counts", { count: 1_250_000n }],
    ["plain values and nulls", { title: "평화협정 和平协定 🕊️", outlet: null, tags: ["a", "b"], n: 3 }],
  ])("round-trips %s", (_what, value) => {
    expect(decode(encode(value))).toEqual(value);
  });

  it("keeps a Date a Date, not an ISO string", () => {
    const back = decode<{ on: Date }>(encode({ on: new Date("2019-01-17T00:00:00Z") }));
    expect(back.on).toBeInstanceOf(Date);
    expect(back.on.toISOString()).toBe("2019-01-17T00:00:00.000Z");
  });
});
