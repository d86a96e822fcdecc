// Each country, person and quote page names its own share card: the page's og:image is a 1200×630 PNG drawn for
// that record, with an alt text naming it; other public pages keep the site-wide card.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/database/client";

const baseUrl = inject("baseUrl");
let db: PrismaClient;

beforeAll(() => {
  db = createPrismaClient(inject("databaseUrl"));
});
afterAll(async () => {
  await db.$disconnect();
});

function meta(html: string, property: string): string | undefined {
  const tag = html.match(new RegExp(`<meta[^>]*property="${property}"[^>]*>`))?.[0];
  return tag?.match(/content="([^"]*)"/)?.[1]?.replaceAll("&amp;", "&");
}

async function cardOf(path: string) {
  const html = await (await fetch(new URL(path, baseUrl))).text();
  const image = meta(html, "og:image");
  expect(image, `og:image of ${path}`).toBeTruthy();
  const response = await fetch(new URL(image!, baseUrl));
  const png = Buffer.from(await response.arrayBuffer());
  return {
    url: new URL(image!).pathname,
    alt: meta(html, "og:image:alt"),
    status: response.status,
    type: response.headers.get("content-type"),
    // A PNG's IHDR chunk: width and height as big-endian integers at bytes 16 and 20.
    size: png.subarray(1, 4).toString() === "PNG" ? [png.readUInt32BE(16), png.readUInt32BE(20)] : null,
    bytes: png.length,
  };
}

describe("Open Graph cards", () => {
  it("draws a card for a country page that names the country", async () => {
    const card = await cardOf("/countries/KR");
    expect(card.url).toMatch(/^\/countries\/KR\/opengraph-image/);
    expect(card).toMatchObject({ status: 200, type: "image/png", size: [1200, 630] });
    expect(card.alt).toMatch(/^South Korea: positions on ending the Korean War/);
  });

  it("draws a card for a person page that names the person", async () => {
    const person = await db.person.findFirstOrThrow({ where: { slug: "yang-jiechi" }, select: { name: true } });
    const card = await cardOf("/people/yang-jiechi");
    expect(card.url).toMatch(/^\/people\/yang-jiechi\/opengraph-image/);
    expect(card).toMatchObject({ status: 200, type: "image/png", size: [1200, 630] });
    expect(card.alt).toMatch(new RegExp(`^${person.name}: statements`));
  });

  it("draws a card for a quote page that says who said what", async () => {
    const quote = await db.quote.findFirstOrThrow({
      where: { status: "published", deletedAt: null, speaker: { slug: "yang-jiechi" } },
      select: { id: true, text: true },
      orderBy: { id: "asc" },
    });
    const card = await cardOf(`/quotes/${quote.id}`);
    expect(card.url).toMatch(new RegExp(`^/quotes/${quote.id}/opengraph-image`));
    expect(card).toMatchObject({ status: 200, type: "image/png", size: [1200, 630] });
    expect(card.alt).toContain("Yang Jiechi");
    expect(card.alt).toContain(quote.text.slice(0, 40));
  });

  it("draws different cards for different records", async () => {
    const [korea, china] = await Promise.all([cardOf("/countries/KR"), cardOf("/countries/CN")]);
    expect(korea.url).not.toBe(china.url);
    expect(korea.bytes).not.toBe(china.bytes);
  });

  it("keeps the site-wide card on other public pages", async () => {
    const card = await cardOf("/articles");
    expect(card.url).toBe("/og-default.png");
    expect(card.alt).toMatch(/^Articles/);
  });
});
