// Importing articles (one, or a bulk file), correcting an article's body, and the admin's article reads.
import { createArticle } from "@/lib/articles/create-article";
import { updateArticleBody } from "@/lib/articles/update-body";
import { getAdminArticle, listArticles, listOutletNames } from "@/lib/articles/queries";
import { importArticle } from "@/lib/import/import-article";
import { importBulk } from "@/lib/import/import-bulk";
import { live, type Case } from "./case";

/** A new article's fields; the body differs each time, since an article already imported is refused as a duplicate. */
const article = () => ({
  title: "Imported",
  body: `Body ${crypto.randomUUID()}`,
  publishedOn: "2021-10-27",
  language: "en",
});

export const ARTICLE_CASES: Case[] = [
  { action: "article.import", fn: "createArticle", run: (a) => createArticle(a, article()) },
  {
    action: "article.import",
    fn: "importArticle",
    variant: "pasted text",
    run: (a) => importArticle(a, article(), { type: "text" }),
  },
  {
    action: "article.import",
    fn: "importBulk",
    variant: "JSON Lines, all or nothing",
    run: (a) =>
      importBulk(a, [article(), article()].map((row) => JSON.stringify(row)).join("\n"), {
        format: "jsonl",
        allOrNothing: true,
      }),
  },
  { action: "article.import", fn: "listOutletNames", run: (a) => listOutletNames(a) },
  {
    action: "article.edit",
    fn: "updateArticleBody",
    prepare: live,
    // The quote ("Test", at 0–4) stays where it is, so the correction re-anchors it too.
    run: (a, t) =>
      updateArticleBody(a, {
        id: t.articleId,
        version: t.articleVersion,
        body: `Test corrected body ${crypto.randomUUID()}`,
      }),
  },
  { action: "article.edit", fn: "listArticles", run: (a) => listArticles(a) },
  { action: "article.edit", fn: "getAdminArticle", prepare: live, run: (a, t) => getAdminArticle(a, t.articleId) },
];
