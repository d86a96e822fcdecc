// What `npm run suggest` says about a file that cannot be an article: missing, empty, binary.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readArticleFile } from "@/lib/suggest/article-file";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "suggest-file-"));
const file = (name: string, content: string | Buffer) => {
  const full = path.join(dir, name);
  fs.writeFileSync(full, content);
  return full;
};

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("readArticleFile", () => {
  it("reads a text file, with Windows line ends made plain", () => {
    expect(readArticleFile(file("ok.txt", "Line one.\r\nLine two."))).toBe("Line one.\nLine two.");
  });

  it.each([
    ["a missing file", () => path.join(dir, "missing.txt"), /no such file/],
    ["an empty file", () => file("empty.txt", "  \n"), /is empty/],
    [
      "a binary file",
      () => file("image.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe])),
      /not a plain text file/,
    ],
  ])("names what is wrong with %s", (_name, make, message) => {
    expect(() => readArticleFile(make())).toThrow(message);
  });
});
