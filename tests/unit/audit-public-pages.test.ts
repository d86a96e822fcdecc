// Which recorded changes refresh the public pages' cache (lib/audit/record.ts): work that stays in the newsroom
// (an unpublished quote or country stance record saved, submitted, returned; a correction proposed) does not, so
// that saving does not make Next.js render the editor's page again; anything that can show publicly does.
import { describe, expect, it } from "vitest";
import { mayChangePublicPages, type AuditInput } from "@/lib/audit/record";

const change = (input: Partial<AuditInput>): AuditInput => ({
  actor: { id: "u1" },
  action: "update",
  entityType: "Quote",
  entityId: 1,
  ...input,
});

describe("mayChangePublicPages", () => {
  it.each([
    ["a new draft quote", change({ action: "create", after: { status: "draft" } })],
    ["a draft saved", change({ before: { status: "draft" }, after: { status: "draft" } })],
    [
      "a quote sent for review",
      change({ action: "status", before: { status: "draft" }, after: { status: "in_review" } }),
    ],
    ["a quote returned", change({ action: "status", before: { status: "in_review" }, after: { status: "returned" } })],
    ["a correction proposed", change({ action: "revision", after: { revisionId: 3, status: "draft" } })],
    [
      "a country stance record submitted",
      change({
        entityType: "CountryStance",
        action: "status",
        before: { status: "draft" },
        after: { status: "in_review" },
      }),
    ],
  ])("%s: no", (_, input) => expect(mayChangePublicPages(input)).toBe(false));

  it.each([
    [
      "a quote published",
      change({ action: "status", before: { status: "in_review" }, after: { status: "published" } }),
    ],
    ["a published quote changed", change({ before: { status: "published" }, after: { status: "published" } })],
    ["a correction approved", change({ action: "revision", after: { revisionId: 3, status: "approved" } })],
    ["a takedown", change({ action: "takedown", after: { status: "in_review" } })],
    ["a draft quote deleted", change({ action: "delete", before: { status: "draft" } })],
    ["a person renamed", change({ entityType: "Person", after: { name: "Wang Yi" } })],
    ["an article's body corrected", change({ entityType: "Article", action: "revision", after: { status: "draft" } })],
    ["a change without a status", change({ after: { text: "x" } })],
  ])("%s: yes", (_, input) => expect(mayChangePublicPages(input)).toBe(true));
});
