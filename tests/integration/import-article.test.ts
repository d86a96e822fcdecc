// Importing one article: the paste form, file upload (.html/.md/.txt), URL fetch, and refusing duplicates.
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { bodyHash } from "@/lib/articles/body";
import { importArticle } from "@/lib/import/import-article";
import { isNonPublicAddress } from "@/lib/import/fetch-url";
import { seedArticle } from "@/prisma/seed/articles";
import { createUser } from "../support/users";
import type { SessionUser } from "@/lib/auth/permissions";

const HTML = fs.readFileSync("tests/fixtures/import/article.html", "utf8");
let editor: SessionUser;
let researcher: SessionUser;

const fields = (extra: Record<string, string> = {}) => ({
  outlet: "SCMP",
  author: "Jane Reporter",
  publishedOn: "2021-12-03",
  language: "en",
  ...extra,
});

beforeAll(async () => {
  editor = await createUser(db, { role: "editor" });
  researcher = await createUser(db, { role: "researcher" });
});

async function expectRefused(promise: Promise<unknown>, code: string) {
  await expect(promise).rejects.toMatchObject({ code });
}

describe("importArticle from pasted text", () => {
  it("creates the article with its outlet, normalizes line endings, and records the audit event", async () => {
    const body = "Seoul wants an early declaration.\r\nWashington wants denuclearization first.\r\n";
    const created = await importArticle(editor, fields({ title: "Pasted", body, url: "https://example.org/pasted" }), {
      type: "text",
    });
    const article = await db.article.findUniqueOrThrow({ where: { id: created.id }, include: { outlet: true } });
    expect(article.body).toBe("Seoul wants an early declaration.\nWashington wants denuclearization first.");
    expect(article.bodyHash).toBe(bodyHash(article.body));
    expect(article).toMatchObject({
      title: "Pasted",
      author: "Jane Reporter",
      status: "draft",
      createdById: editor.id,
      url: "https://example.org/pasted",
    });
    expect(article.outlet?.name).toBe("SCMP");
    const events = await db.auditEvent.findMany({ where: { entityType: "Article", entityId: String(created.id) } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "create", actorId: editor.id });
  });

  it("names the bad fields", async () => {
    await expect(
      importArticle(editor, { body: "Some text", publishedOn: "3 Dec 2021", url: "ftp://x" }, { type: "text" }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { fields: { publishedOn: expect.any(Array), url: expect.any(Array) } },
    });
  });

  it("refuses researchers and anonymous callers and changes nothing", async () => {
    const before = await db.article.count();
    await expectRefused(
      importArticle(researcher, fields({ title: "R", body: "researcher text" }), { type: "text" }),
      "FORBIDDEN",
    );
    await expectRefused(
      importArticle(null, fields({ title: "A", body: "anonymous text" }), { type: "text" }),
      "UNAUTHENTICATED",
    );
    expect(await db.article.count()).toBe(before);
  });
});

describe("importArticle from a file", () => {
  it("reduces HTML to clean text: no script, no markup, the article part only", async () => {
    const file = new File([HTML], "article.html", { type: "text/html" });
    const created = await importArticle(editor, fields(), { type: "file", file });
    const article = await db.article.findUniqueOrThrow({ where: { id: created.id } });
    expect(article.title).toBe("China backs end-of-war declaration");
    expect(article.body).toBe(
      [
        "China backs end-of-war declaration",
        'Yang Jiechi said China supports "the push for the end-of-war declaration".',
        'North Korea would reject any proposal by the South unless the United States withdraws its "hostile policy".',
        'Jake Sullivan spoke of "somewhat different perspectives on the precise sequence or timing or conditions for different steps".',
      ].join("\n\n"),
    );
    for (const unwanted of ["<", "alert", "cookie", "script", "Home", "Copyright"])
      expect(article.body).not.toContain(unwanted);
  });

  it("strips Markdown markup and keeps plain text as it is", async () => {
    const markdown = new File(
      ["# A *Markdown* article\n\nThe [ministry](https://mofa.example) said **yes**.\n"],
      "a.md",
    );
    const fromMarkdown = await importArticle(editor, fields({ title: "Markdown" }), { type: "file", file: markdown });
    expect((await db.article.findUniqueOrThrow({ where: { id: fromMarkdown.id } })).body).toBe(
      "A Markdown article\n\nThe ministry said yes.",
    );
    const text = new File(["Plain *text* stays.\n"], "a.txt");
    const fromText = await importArticle(editor, fields({ title: "Text" }), { type: "file", file: text });
    expect((await db.article.findUniqueOrThrow({ where: { id: fromText.id } })).body).toBe("Plain *text* stays.");
  });

  it("refuses other file types", async () => {
    await expect(
      importArticle(editor, fields(), { type: "file", file: new File(["x"], "a.pdf") }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { fields: { file: expect.any(Array) } },
    });
  });
});

describe("bad input is refused with a message naming the problem, and nothing is stored", () => {
  const refusal = async (file: File) => {
    const before = await db.article.count();
    const error = await importArticle(editor, fields({ title: "Refused" }), { type: "file", file }).catch((e) => e);
    expect(await db.article.count()).toBe(before);
    expect(error).toMatchObject({ code: "INVALID_INPUT", details: { fields: { file: [expect.any(String)] } } });
    return (error as { details: { fields: { file: string[] } } }).details.fields.file[0];
  };

  it("a binary file (a PDF renamed .txt)", async () => {
    const pdf = new File([Buffer.from("%PDF-1.7\n%\xe2\xe3\n1 0 obj\0\0stream", "latin1")], "report.txt");
    expect(await refusal(pdf)).toMatch(/report\.txt is not a text file \(it holds a NUL byte at position \d+/);
  });

  it("a file that is not valid UTF-8 (Latin-1), naming the first bad byte", async () => {
    const latin1 = new File([Buffer.from("Caf\xe9 talks", "latin1")], "cafe.txt");
    expect(await refusal(latin1)).toContain("cafe.txt is not valid UTF-8 text (byte 3, 0xe9");
  });

  it("a UTF-16 file", async () => {
    const utf16 = new File([Buffer.from("\ufeffPeace", "utf16le")], "peace.txt");
    expect(await refusal(utf16)).toContain("peace.txt is UTF-16 text: save it as UTF-8");
  });

  it("a file over the size limit", async () => {
    const big = new File([Buffer.alloc(2 * 1024 * 1024 + 1, "a")], "big.txt");
    expect(await refusal(big)).toContain("files up to 2 MB are accepted");
  });

  it("a NUL character in a pasted field, named by its field", async () => {
    const error = await importArticle(editor, fields({ title: "Title with \u0000 inside", body: "Some text." }), {
      type: "text",
    }).catch((e) => e);
    expect(error).toMatchObject({
      code: "INVALID_INPUT",
      details: { fields: { title: [expect.stringContaining("NUL character")] } },
    });
  });
});

describe("duplicates", () => {
  it("refuses the same URL with the existing article's id", async () => {
    const existing = await seedArticle(db, { body: "An article already here.", url: "https://example.org/known" });
    const before = await db.article.count();
    await expect(
      importArticle(editor, fields({ title: "Again", body: "Different text", url: "https://example.org/known" }), {
        type: "text",
      }),
    ).rejects.toMatchObject({
      code: "DUPLICATE",
      details: { data: { articleId: existing.id, by: "url" } },
    });
    expect(await db.article.count()).toBe(before);
  });

  it("refuses the same text (after line-ending normalization) with the existing article's id", async () => {
    const existing = await seedArticle(db, { body: "Same words.\nSecond line." });
    await expect(
      importArticle(editor, fields({ title: "Copy", body: "Same words.\r\nSecond line.\r\n" }), { type: "text" }),
    ).rejects.toMatchObject({
      code: "DUPLICATE",
      details: { data: { articleId: existing.id, by: "body" } },
    });
  });
});

describe("importArticle from a URL", () => {
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    server = http.createServer((request, response) => {
      if (request.url === "/article") {
        response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
        response.end(HTML.replace("China backs", "Fetched: China backs").replace("Yang Jiechi", "Fetched Yang Jiechi"));
      } else if (request.url === "/moved") {
        response.writeHead(302, { Location: "/article" }).end();
      } else if (request.url === "/image") {
        response.writeHead(200, { "Content-Type": "image/png" }).end("PNG");
      } else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("fetches the page (following a redirect), takes its title and text", async () => {
    const created = await importArticle(
      editor,
      fields({ url: `${base}/moved` }),
      { type: "url" },
      { allowPrivateAddresses: true },
    );
    const article = await db.article.findUniqueOrThrow({ where: { id: created.id } });
    expect(article.title).toBe("Fetched: China backs end-of-war declaration");
    expect(article.url).toBe(`${base}/moved`);
    expect(article.body).toContain("Fetched Yang Jiechi said China supports");
    expect(article.body).not.toContain("alert");
  });

  it("refuses loopback and private addresses without the test flag", async () => {
    await expect(importArticle(editor, fields({ url: `${base}/article` }), { type: "url" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringContaining("private or local network"),
    });
    await expect(importArticle(editor, fields({ url: "http://localhost:9/x" }), { type: "url" })).rejects.toMatchObject(
      {
        message: expect.stringContaining("private or local network"),
      },
    );
    expect(
      ["127.0.0.1", "10.1.2.3", "169.254.169.254", "192.168.0.1", "::1", "fd00::1", "::ffff:127.0.0.1"].every(
        isNonPublicAddress,
      ),
    ).toBe(true);
    expect(["93.184.216.34", "2606:4700::1111"].some(isNonPublicAddress)).toBe(false);
  });

  it("reports an unreachable server, a missing page and a non-text page clearly", async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const allow = { allowPrivateAddresses: true, timeoutMs: 3000 };
    await expect(
      importArticle(editor, fields({ url: `http://127.0.0.1:${closedPort}/` }), { type: "url" }, allow),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringContaining("could not be reached"),
      details: { fields: { url: expect.any(Array) } },
    });
    await expect(
      importArticle(editor, fields({ url: `${base}/missing` }), { type: "url" }, allow),
    ).rejects.toMatchObject({ message: expect.stringContaining("404") });
    await expect(importArticle(editor, fields({ url: `${base}/image` }), { type: "url" }, allow)).rejects.toMatchObject(
      { message: expect.stringContaining("image/png") },
    );
    await expect(
      importArticle(editor, fields({ url: "file:///etc/passwd" }), { type: "url" }, allow),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});
