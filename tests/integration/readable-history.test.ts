// Readable history and rollback (#16): a record's history says what changed with names and labels, never ids or
// JSON; rolling a published record back to an earlier version makes a correction (a revision) for review and
// leaves the public record as it was until then.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import { saveCountryStance } from "@/lib/country-stances/save-country-stance";
import { getEntityHistory } from "@/lib/history/queries";
import { rollBackCountryStance } from "@/lib/history/rollback";
import { createRecords } from "./support/records";
import { createUser } from "../support/users";

let editor: SessionUser;

beforeAll(async () => {
  editor = await createUser(db, { role: "editor", name: "History Editor" });
});

async function recordWithTwoVersions() {
  const records = await createRecords(db);
  const record = await db.countryStance.findUniqueOrThrow({ where: { id: records.countryStanceId } });
  const treaty = await db.position.upsert({
    where: { dimensionId_key: { dimensionId: record.dimensionId, key: "treaty" } },
    update: {},
    create: { dimensionId: record.dimensionId, key: "treaty", label: "Peace treaty", definition: "A treaty" },
  });
  await db.stance.create({
    data: {
      quoteId: records.quoteId,
      dimensionId: record.dimensionId,
      positionId: record.positionId,
      holderCountryId: record.countryId,
    },
  });
  const form = {
    countryId: record.countryId,
    dimensionId: record.dimensionId,
    validFrom: "2021-01-01",
    validTo: "",
    summary: "Supports a declaration",
    quoteIds: [records.quoteId],
  };
  const first = await saveCountryStance(editor, { ...form, positionId: record.positionId });
  const second = await saveCountryStance(editor, {
    ...form,
    id: first.id,
    version: first.version,
    positionId: treaty.id,
    summary: "Now wants a treaty",
  });
  const names = await db.countryStance.findUniqueOrThrow({
    where: { id: records.countryStanceId },
    select: {
      country: { select: { name: true } },
      dimension: { select: { label: true } },
      position: { select: { label: true } },
    },
  });
  return { records, record, treaty, names, id: first.id, version: second.version };
}

describe("readable history", () => {
  it("names the position, the country and the evidence instead of ids", async () => {
    const { id, names, treaty } = await recordWithTwoVersions();
    const declaration = `${names.dimension.label}: ${names.position.label}`;
    const events = await getEntityHistory(editor, { entityType: "CountryStance", entityId: String(id) });
    const [created, edited] = events;
    expect(created.changes).toEqual(
      expect.arrayContaining([
        { label: "Position", before: null, after: declaration },
        { label: "Country", before: null, after: names.country.name },
        { label: "Valid from", before: null, after: expect.stringContaining("2021") },
        { label: "Evidence", before: null, after: "“Test”" },
      ]),
    );
    expect(edited.changes).toHaveLength(2);
    expect(edited.changes).toEqual(
      expect.arrayContaining([
        { label: "Position", before: declaration, after: `${names.dimension.label}: ${treaty.label}` },
        { label: "Summary", before: "Supports a declaration", after: "Now wants a treaty" },
      ]),
    );
    for (const change of events.flatMap((event) => event.changes))
      for (const side of [change.before, change.after]) expect(side ?? "").not.toMatch(/^\d+$|[{}]|c[a-z0-9]{20,}/);
  });
});

describe("rollback", () => {
  it("of a published record is a correction for review; the public record stays until approved", async () => {
    const { id, record } = await recordWithTwoVersions();
    await db.countryStance.update({ where: { id }, data: { status: "published", publishedAt: new Date() } });
    const events = await getEntityHistory(editor, { entityType: "CountryStance", entityId: String(id) });
    const saved = await rollBackCountryStance(editor, { recordId: id, eventId: events[0].id });
    expect(saved.revision).not.toBeNull();
    const revision = await db.revision.findUniqueOrThrow({ where: { id: saved.revision!.id } });
    expect(revision.payload).toMatchObject({ positionId: record.positionId, summary: "Supports a declaration" });
    expect(await db.countryStance.findUniqueOrThrow({ where: { id } })).toMatchObject({
      summary: "Now wants a treaty",
    });
  });

  it("of a draft edits it in place; an event of another record is not a version of this one", async () => {
    const { id, record } = await recordWithTwoVersions();
    const other = await recordWithTwoVersions();
    const events = await getEntityHistory(editor, { entityType: "CountryStance", entityId: String(id) });
    const foreign = await getEntityHistory(editor, { entityType: "CountryStance", entityId: String(other.id) });
    await expect(rollBackCountryStance(editor, { recordId: id, eventId: foreign[0].id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const saved = await rollBackCountryStance(editor, { recordId: id, eventId: events[0].id });
    expect(saved.revision).toBeNull();
    expect(await db.countryStance.findUniqueOrThrow({ where: { id } })).toMatchObject({
      positionId: record.positionId,
      summary: "Supports a declaration",
    });
  });
});
