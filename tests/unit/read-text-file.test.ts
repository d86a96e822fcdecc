// Where the first byte that is not UTF-8 sits, against the decoder's own verdict on each case.
import { describe, expect, it } from "vitest";
import { firstInvalidUtf8 } from "@/lib/import/read-text-file";

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (value: string) => new Uint8Array(Buffer.from(value, "utf8"));

describe("firstInvalidUtf8", () => {
  it.each([
    ["ASCII", text("peace treaty"), 12],
    ["Hangul, Hanzi and an emoji", text("종전선언 停战 🕊"), text("종전선언 停战 🕊").length],
    ["Latin-1 é", bytes(0x43, 0x61, 0x66, 0xe9, 0x20), 3],
    ["a lone continuation byte", bytes(0x41, 0x80), 1],
    ["an overlong slash (C0 AF)", bytes(0x2f, 0xc0, 0xaf), 1],
    ["an overlong three-byte form (E0 80 AF)", bytes(0xe0, 0x80, 0xaf), 0],
    ["a UTF-16 surrogate (ED A0 80)", bytes(0x41, 0xed, 0xa0, 0x80), 1],
    ["past U+10FFFF (F4 90 80 80)", bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ["cut short at the end", bytes(0x41, 0xe2, 0x82), 1],
  ])("%s", (_name, input, expected) => {
    expect(firstInvalidUtf8(input)).toBe(expected);
    const valid = expected === input.length;
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(input)).toSatisfy((decode: () => void) => {
      try {
        decode();
        return valid;
      } catch {
        return !valid;
      }
    });
  });
});
