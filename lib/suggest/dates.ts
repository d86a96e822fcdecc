// Statement dates from what the text says, resolved against the article's date (coding rule 8): "on Thursday"
// is the last Thursday on or before the article's date ("last Thursday" the one before that day), "in
// September" the last September up to the article's month (month precision), "last year" the year before
// (year precision). Vague spans ("last week", "recently") give no date: the article's date then stands in,
// marked "reported on".
import { addDays, fromIsoDay, toIsoDay } from "@/lib/dates";
import type { DatePrecision } from "./types";

export interface ResolvedDate {
  statedOn: string;
  precision: DatePrecision;
}

export interface DateExpression extends ResolvedDate {
  start: number;
  end: number;
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_NAME =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}

function firstOfMonth(year: number, month: number): string {
  return toIsoDay(new Date(Date.UTC(year, month, 1)));
}

function firstOfYear(year: number): string {
  return `${String(year).padStart(4, "0")}-01-01`;
}

/** The year a month or day without a year refers to: the latest one not after the article's date. */
function yearFor(month: number, day: number, published: Date): number {
  const year = published.getUTCFullYear();
  const candidate = Date.UTC(year, month, day);
  return candidate > published.getTime() ? year - 1 : year;
}

interface Rule {
  pattern: RegExp;
  resolve(match: RegExpExecArray, published: Date): ResolvedDate | null;
}

const RULES: Rule[] = [
  {
    // "on Oct. 5", "December 2, 2021", "July 20-22" (the first day)
    pattern: new RegExp(
      `\\b(${MONTH_NAME})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2})?(?:,?\\s+((?:19|20)\\d\\d))?\\b`,
      "g",
    ),
    resolve(match, published) {
      const month = monthIndex(match[1]);
      const day = Number(match[2]);
      if (month < 0 || day < 1 || day > 31) return null;
      const year = match[3] ? Number(match[3]) : yearFor(month, day, published);
      return { statedOn: toIsoDay(new Date(Date.UTC(year, month, day))), precision: "day" };
    },
  },
  {
    // "2 December 2021", "5 October"
    pattern: new RegExp(`\\b(\\d{1,2})\\s+(${MONTH_NAME})(?:,?\\s+((?:19|20)\\d\\d))?\\b`, "g"),
    resolve(match, published) {
      const month = monthIndex(match[2]);
      const day = Number(match[1]);
      if (month < 0 || day < 1 || day > 31) return null;
      const year = match[3] ? Number(match[3]) : yearFor(month, day, published);
      return { statedOn: toIsoDay(new Date(Date.UTC(year, month, day))), precision: "day" };
    },
  },
  {
    // "in September", "in September 2021", "early October", "late last month" is handled below
    pattern: new RegExp(
      `\\b(?:in|during|since|early|mid|late|earlier in|later in)[- ](${MONTH_NAME})(?:\\s+((?:19|20)\\d\\d))?\\b`,
      "g",
    ),
    resolve(match, published) {
      const month = monthIndex(match[1]);
      if (month < 0) return null;
      const year = match[2] ? Number(match[2]) : yearFor(month, 1, published);
      return { statedOn: firstOfMonth(year, month), precision: "month" };
    },
  },
  {
    pattern:
      /\b(last|this|on|earlier on|late on|early on)?\s*(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g,
    resolve(match, published) {
      const weekday = WEEKDAYS.indexOf(match[2].toLowerCase());
      let back = (published.getUTCDay() - weekday + 7) % 7;
      if (match[1] === "last" && back === 0) back = 7;
      return { statedOn: toIsoDay(addDays(published, -back)), precision: "day" };
    },
  },
  {
    pattern: /\b(yesterday|today|tonight|this morning|this afternoon|this evening|last night)\b/gi,
    resolve(match, published) {
      const back = /yesterday|last night/i.test(match[1]) ? 1 : 0;
      return { statedOn: toIsoDay(addDays(published, -back)), precision: "day" };
    },
  },
  {
    pattern: /\b(earlier this|this|last|late last|early last|earlier last)\s+(month|year)\b/gi,
    resolve(match, published) {
      const year = published.getUTCFullYear();
      const previous = /last/i.test(match[1]);
      if (match[2].toLowerCase() === "year")
        return { statedOn: firstOfYear(previous ? year - 1 : year), precision: "year" };
      const month = published.getUTCMonth() - (previous ? 1 : 0);
      return { statedOn: toIsoDay(new Date(Date.UTC(year, month, 1))), precision: "month" };
    },
  },
  {
    // "In 2018, …", "in early 2019"; a year after the article is a plan, not a date of statement.
    pattern: /\b(?:in|In|during|During)\s+(?:early\s+|late\s+|mid-)?((?:19|20)\d\d)\b/g,
    resolve(match, published) {
      const year = Number(match[1]);
      return year > published.getUTCFullYear() ? null : { statedOn: firstOfYear(year), precision: "year" };
    },
  },
];

/** Every date expression in `text`, resolved; `offset` is added to the positions. */
export function dateExpressions(text: string, publishedOn: string, offset = 0): DateExpression[] {
  const published = fromIsoDay(publishedOn);
  const found: DateExpression[] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (let match = rule.pattern.exec(text); match; match = rule.pattern.exec(text)) {
      const start = offset + match.index;
      const end = start + match[0].length;
      if (found.some((other) => other.start < end && start < other.end)) continue;
      const resolved = rule.resolve(match, published);
      if (resolved) found.push({ start, end, ...resolved });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The article's own date, standing in when the text gives none. */
export function reportedOn(publishedOn: string): ResolvedDate & { reportedOn: true } {
  return { statedOn: publishedOn, precision: "day", reportedOn: true };
}
