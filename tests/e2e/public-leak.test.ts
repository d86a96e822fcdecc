// Over HTTP, against the built app: records that are not published appear on no public page, in no search,
// feed or sitemap, and their guessed URLs answer 404. The records are added to the demo database for this file
// and removed after it.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/database/client";
import {
  HIDDEN_PERSON_SLUG,
  MARKER,
  PUBLIC_TEXT_MARKER,
  removeUnpublishedRecords,
  seedUnpublishedRecords,
  type UnpublishedRecords,
} from "../fixtures/unpublished-records";

let db: PrismaClient;
let hidden: UnpublishedRecords;

beforeAll(async () => {
  db = createPrismaClient(inject("databaseUrl"));
  hidden = await seedUnpublishedRecords(db);
});

afterAll(async () => {
  if (hidden) await removeUnpublishedRecords(db, hidden);
  await db?.$disconnect();
});

const get = (path: string) => fetch(`${inject("baseUrl")}${path}`);

describe("unpublished records over HTTP", () => {
  it("appear on no public page, in no search, nor in the feed or sitemap", async () => {
    const paths = [
      "/",
      "/countries",
      "/countries/kp",
      "/people",
      "/articles",
      `/articles/${hidden.publishedArticleId}`,
      "/positions/instrument/against_now",
      "/codebook",
      "/feed.xml",
      "/sitemap.xml",
      "/robots.txt",
    ];
    for (const path of paths) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      const body = await response.text();
      expect(body, path).not.toContain(MARKER);
      // The published article's words are public; its unpublished quotes must not be marked or linked.
      expect(body, path).not.toMatch(new RegExp(`<mark[^>]*>[^<]*${PUBLIC_TEXT_MARKER}`));
      for (const id of Object.values(hidden.quoteIds))
        expect(body, path).not.toMatch(new RegExp(`/quotes/${id}(?![0-9])`));
    }
  });

  it("are not found by search (which echoes the query, and nothing else of them)", async () => {
    for (const query of [MARKER, `${MARKER} Hidden`, `${MARKER} Alias`, "Zyxqourp Hiden"]) {
      const body = await (await get(`/search?q=${encodeURIComponent(query)}`)).text();
      expect(body, query).toContain("Nothing published matches");
      // The page repeats the query in its text, its form and (URL-encoded) in the router payload.
      const echoes = [query, encodeURIComponent(query), query.replaceAll(" ", "+")];
      const rest = echoes.reduce((text, echo) => text.replaceAll(echo, ""), body);
      expect(rest, query).not.toContain(MARKER);
    }
    // The published article is found by its words; none of its unpublished quotes is.
    const body = await (await get(`/search?q=${PUBLIC_TEXT_MARKER}`)).text();
    expect(body).toContain('id="article-results"');
    expect(body).not.toContain('id="quote-results"');
    expect(body).not.toContain('id="people-results"');
  });

  it("answer 404 at their guessed addresses", async () => {
    const guesses = [
      `/articles/${hidden.draftArticleId}`,
      `/articles/${hidden.draftArticleId}/v/1`,
      ...Object.values(hidden.quoteIds).flatMap((id) => [`/quotes/${id}`, `/quotes/${id}/v/1`]),
      ...hidden.countryStanceIds.flatMap((id) => [`/country-stances/${id}`, `/country-stances/${id}/v/1`]),
      `/people/${HIDDEN_PERSON_SLUG}`,
      `/people/${HIDDEN_PERSON_SLUG}/v/1`,
    ];
    for (const path of guesses) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain(MARKER);
    }
  });
});
