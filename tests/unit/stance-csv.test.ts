// The export's hand-written CSV must be byte for byte what csv-stringify (which it replaced for speed) writes with
// `quote_record_delimiter`: a field holding a lone CR or LF is quoted (csv-stringify's default left it bare, which
// split the record in two for every CSV reader).
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import type { StanceDto } from "@/lib/stances/dto";
import { STANCE_COLUMNS, stanceCsvRows } from "@/lib/stances/csv";

const row = (over: Partial<StanceDto>): StanceDto => ({
  id: 1,
  status: "published",
  statedOn: "2021-03-04",
  dimension: "instrument",
  dimensionLabel: "Instrument",
  position: "declaration_first",
  positionLabel: "Declaration first",
  holderCountry: "KR",
  holderCountryName: "Republic of Korea",
  speakerCountry: null,
  speakerCountryName: null,
  speaker: null,
  speakerName: "a source in Seoul",
  attribution: "anonymous_source",
  quoteId: 2,
  quoteText: "plain",
  articleId: 3,
  articleTitle: "Title",
  articlePublishedOn: "2021-03-05",
  outletId: null,
  outlet: null,
  sourceUrl: null,
  note: null,
  statementId: 2,
  statedOnPrecision: "month",
  statedOnReported: false,
  speakerKind: "unnamed",
  strength: "implied",
  updatedAt: "2026-11-30T09:00:00.000Z",
  ...over,
});

describe("stanceCsvRows", () => {
  it("writes what csv-stringify writes, quoting and escaping alike", () => {
    const rows = [
      row({}),
      row({ quoteText: 'He said "a declaration, first".', note: "line one\nline two", articleTitle: "CR\ronly" }),
      row({
        quoteText: "종전선언 先 签署",
        speakerName: "",
        outlet: "Outlet, Inc.",
        outletId: 0,
        sourceUrl: "https://example.org/a?b=1,2",
      }),
      row({ quoteText: "\r\n", note: '"', articleTitle: " spaced ", speaker: "'=SUM(A1)" }),
      // Formula starts: a spreadsheet must show these as text.
      row({ quoteText: "=SUM(A1)", note: "+1", articleTitle: "-2 down", speakerName: "@who", positionLabel: "\tx" }),
      row({ quoteText: "\rcr", note: "＝full-width", outlet: '=HYPERLINK("x")', sourceUrl: "-" }),
    ];
    for (const header of [true, false]) {
      const expected = stringify(rows, {
        header,
        columns: STANCE_COLUMNS,
        record_delimiter: "\r\n",
        quote_record_delimiter: true,
        escape_formulas: true,
        // Booleans as the words, which every reader understands (csv-stringify's default writes 1 and nothing).
        cast: { boolean: (value) => String(value) },
      });
      expect(stanceCsvRows(rows, { header })).toBe(expected);
    }
    expect(stanceCsvRows([], { header: true })).toBe(
      stringify([], { header: true, columns: STANCE_COLUMNS, record_delimiter: "\r\n" }),
    );
  });
});
