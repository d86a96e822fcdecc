// The suggestion engine measured on the gold coding of the five demo articles, with people, roles, codebook
// and approved quotes read from a database holding the demo data (an article's own quotes never vote on it).
// The thresholds are the floor (#17); the held-out articles the project does not have are the real test.
import path from "node:path";
import { beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { evaluateGoldFile, type Evaluation } from "@/lib/suggest/evaluate-file";
import { loadSuggestContext } from "@/lib/suggest/load-context";
import { seedDemo } from "@/prisma/seed/demo";

let evaluation: Evaluation;

beforeAll(async () => {
  await seedDemo(db);
  evaluation = evaluateGoldFile(path.resolve("tests/fixtures/suggest/demo-gold.json"), await loadSuggestContext(db));
});

it("finds the demo's statements: span F1 at least 0.85", () => {
  expect(evaluation.counts.gold).toBe(32);
  expect(evaluation.scores.span.f1).toBeGreaterThanOrEqual(0.85);
});

it("names the right speaker for at least 90 % of the statements it finds", () => {
  expect(evaluation.scores.speakerAccuracy).toBeGreaterThanOrEqual(0.9);
});

it("proposes the gold position first on most dimensions the gold coding has", () => {
  expect(evaluation.scores.positionTop1Accuracy).toBeGreaterThanOrEqual(0.7);
});
