// Double coding: admins set the sampling rate and assign coders; editors code and submit their side.
import { db } from "@/lib/db";
import { assignDoubleCoding, setSamplingRate, submitCoding } from "@/lib/double-coding/mutations";
import {
  getArticleCoding,
  getDoubleCodingPage,
  getSamplingRate,
  listCoderOptions,
  listDoubleCodings,
} from "@/lib/double-coding/queries";
import { getAgreementReport, listDisagreements } from "@/lib/agreement/queries";
import { describeAgreementUnits, exportAgreementUnits } from "@/lib/agreement/export";
import { takeCodedQuote } from "@/lib/quotes/curate";
import { getCodingComparison } from "@/lib/double-coding/comparison";
import { createUser } from "../../support/users";
import { createRecords } from "../support/records";
import { caseWith, type Actor, type Case } from "./case";

/** A fresh article without quotes (double coding needs an uncoded one) and two fresh editors. */
async function uncodedArticle() {
  const { articleId, quoteId } = await createRecords(db);
  await db.quote.delete({ where: { id: quoteId } });
  const [a, b] = await Promise.all([createUser(db, { role: "editor" }), createUser(db, { role: "editor" })]);
  return { articleId, coderAId: a.id, coderBId: b.id };
}

/** A double coding in which the actor (whatever their role) is coder A. */
async function actorCodes(actor: Actor) {
  const { articleId, coderBId } = await uncodedArticle();
  const coding = await db.doubleCoding.create({
    data: { articleId, source: "manual", coderAId: actor?.id ?? null, coderBId },
  });
  return { articleId, codingId: coding.id, version: coding.version };
}

/** A complete double coding by two other editors, with one quote of coder A's. */
async function completeCoding() {
  const { articleId, quoteId } = await createRecords(db);
  const [a, b] = await Promise.all([createUser(db, { role: "editor" }), createUser(db, { role: "editor" })]);
  const coding = await db.doubleCoding.create({
    data: { articleId, source: "manual", coderAId: a.id, coderBId: b.id, completedAt: new Date() },
  });
  await db.quote.update({ where: { id: quoteId }, data: { codingId: coding.id, authorId: a.id } });
  return { codingId: coding.id, quoteId };
}

export const DOUBLE_CODING_CASES: Case[] = [
  caseWith({
    action: "doubleCoding.curate",
    fn: "takeCodedQuote",
    prepare: completeCoding,
    run: (a, t) => takeCodedQuote(a, t),
  }),
  caseWith({
    action: "doubleCoding.curate",
    fn: "getCodingComparison",
    prepare: completeCoding,
    run: (a, t) => getCodingComparison(a, t.codingId),
  }),
  { action: "agreement.read", fn: "getAgreementReport", run: (a) => getAgreementReport(a) },
  {
    action: "agreement.read",
    fn: "listDisagreements",
    run: (a) => listDisagreements(a, { variable: "position:instrument" }),
  },
  { action: "export.bulk", fn: "exportAgreementUnits", run: (a) => exportAgreementUnits(a, "csv") },
  { action: "export.bulk", fn: "describeAgreementUnits", run: (a) => describeAgreementUnits(a, "csv") },
  { action: "doubleCoding.manage", fn: "setSamplingRate", run: (a) => setSamplingRate(a, { samplingRate: 20 }) },
  { action: "doubleCoding.manage", fn: "getSamplingRate", run: (a) => getSamplingRate(a) },
  { action: "doubleCoding.curate", fn: "listDoubleCodings", run: (a) => listDoubleCodings(a) },
  { action: "doubleCoding.curate", fn: "getDoubleCodingPage", run: (a) => getDoubleCodingPage(a, {}) },
  { action: "doubleCoding.manage", fn: "listCoderOptions", run: (a) => listCoderOptions(a) },
  caseWith({
    action: "doubleCoding.manage",
    fn: "assignDoubleCoding",
    prepare: uncodedArticle,
    run: (a, t) => assignDoubleCoding(a, t),
  }),
  caseWith({
    action: "quote.edit",
    fn: "submitCoding",
    prepare: actorCodes,
    run: (a, t) => submitCoding(a, { codingId: t.codingId, version: t.version }),
  }),
  caseWith({
    action: "quote.edit",
    fn: "getArticleCoding",
    variant: "the workspace's banner",
    prepare: actorCodes,
    run: (a, t) => getArticleCoding(a, t.articleId),
  }),
];
