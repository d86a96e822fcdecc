// The codebook admin: add a dimension and a position, edit, reorder (swap in one transaction), retire and
// un-retire, every change audited; a retired position stays on an old stance; only admins may change it.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/permissions";
import {
  createDimension,
  createPosition,
  moveCodebookEntry,
  setCodebookRetired,
  updateDimension,
  updatePosition,
} from "@/lib/codebook/mutations";
import { getCodebook } from "@/lib/codebook/public";
import { getCodingCodebook } from "@/lib/codebook/queries";
import { getPublishedArticle } from "@/lib/articles/public";
import { seedArticle } from "@/prisma/seed/articles";
import { positionId, seedCodebook } from "@/prisma/seed/codebook";
import { seedCountry } from "@/prisma/seed/countries";
import { seedQuote } from "@/prisma/seed/quotes";
import { createUser } from "../support/users";

let admin: SessionUser;
let editor: SessionUser;
let researcher: SessionUser;

beforeAll(async () => {
  [admin, editor, researcher] = await Promise.all([
    createUser(db, { role: "admin" }),
    createUser(db, { role: "editor" }),
    createUser(db, { role: "researcher" }),
  ]);
  await seedCodebook(db);
  await seedCountry(db, { code: "CN", name: "China" });
});

const positionKeys = async (dimensionKey: string) =>
  (await getCodebook()).find((d) => d.key === dimensionKey)!.positions.map((p) => p.key);

describe("changing the codebook", () => {
  it("adds a dimension and a position at the end, audited; keys are unique", async () => {
    const dimension = await createDimension(admin, {
      key: "venue",
      label: "Venue",
      definition: "Where a declaration should be signed.",
    });
    const position = await createPosition(admin, {
      dimensionId: dimension.id,
      key: "panmunjom",
      label: "Panmunjom",
      definition: "At the DMZ.",
      color: "#0f766e",
    });
    const codebook = await getCodebook();
    expect(codebook.at(-1)).toMatchObject({
      key: "venue",
      positions: [{ key: "panmunjom", color: "#0f766e", retired: false }],
    });
    await expect(createDimension(admin, { key: "venue", label: "Again", definition: "x" })).rejects.toMatchObject({
      code: "DUPLICATE",
      details: { fields: { key: expect.any(Array) } },
    });
    await expect(
      createPosition(admin, {
        dimensionId: dimension.id,
        key: "Bad Key",
        label: "x",
        definition: "",
        color: "#000000",
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const events = await db.auditEvent.findMany({
      where: { action: "create", entityType: { in: ["Dimension", "Position"] } },
    });
    expect(events.map((event) => [event.entityType, event.actorId])).toEqual([
      ["Dimension", admin.id],
      ["Position", admin.id],
    ]);
    expect(events[1].entityId).toBe(String(position.id));
  });

  it("edits labels, definitions and colours, keeping the key", async () => {
    const { positionId: id } = await positionId(db, "instrument", "treaty");
    await updatePosition(admin, {
      id,
      label: "Peace treaty (binding)",
      definition: "Binding treaty.",
      color: "#1d4ed8",
    });
    expect(await db.position.findUniqueOrThrow({ where: { id } })).toMatchObject({
      key: "treaty",
      label: "Peace treaty (binding)",
      color: "#1d4ed8",
    });
    const dimension = await db.dimension.findUniqueOrThrow({ where: { key: "parties" } });
    await updateDimension(admin, { id: dimension.id, label: "Parties", definition: "Who signs." });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityType: "Position", entityId: String(id), action: "update" },
    });
    expect(event.before).toMatchObject({ label: "Peace treaty" });
    expect(event.after).toMatchObject({ label: "Peace treaty (binding)" });
  });

  it("moves a position up and down by swapping with its neighbour, audited as a reorder", async () => {
    const keys = await positionKeys("instrument");
    const { positionId: second } = await positionId(db, "instrument", keys[1]);
    await moveCodebookEntry(admin, { kind: "position", id: second, direction: "up" });
    expect(await positionKeys("instrument")).toEqual([keys[1], keys[0], ...keys.slice(2)]);
    await moveCodebookEntry(admin, { kind: "position", id: second, direction: "down" });
    expect(await positionKeys("instrument")).toEqual(keys);
    // The first one cannot move up: nothing changes.
    const { positionId: first } = await positionId(db, "instrument", keys[0]);
    await moveCodebookEntry(admin, { kind: "position", id: first, direction: "up" });
    expect(await positionKeys("instrument")).toEqual(keys);
    expect(
      await db.auditEvent.count({ where: { action: "reorder", entityType: "Position", entityId: String(second) } }),
    ).toBe(2);

    const dimensions = (await getCodebook()).map((d) => d.key);
    const last = await db.dimension.findUniqueOrThrow({ where: { key: dimensions.at(-1)! } });
    await moveCodebookEntry(admin, { kind: "dimension", id: last.id, direction: "up" });
    expect((await getCodebook()).map((d) => d.key)).toEqual([
      ...dimensions.slice(0, -2),
      dimensions.at(-1),
      dimensions.at(-2),
    ]);
  });

  it("retires a position: closed to new coding, still shown on an old stance; un-retiring reopens it", async () => {
    const { positionId: id } = await positionId(db, "instrument", "against_now");
    const articleId = (
      await seedArticle(db, {
        body: "Any declaration is premature, the official said.",
        title: "Old",
        publishedOn: "2019-01-01",
        status: "published",
      })
    ).id;
    await seedQuote(db, {
      articleId,
      text: "Any declaration is premature",
      speakerCountry: "CN",
      attribution: "reported",
      status: "published",
      stances: [{ dimension: "instrument", position: "against_now" }],
    });

    await setCodebookRetired(admin, { kind: "position", id, retired: "true" });
    const coding = (await getCodingCodebook()).find((d) => d.key === "instrument")!;
    expect(coding.positions.find((p) => p.id === id)).toMatchObject({ retired: true });
    const article = await getPublishedArticle(articleId);
    expect(JSON.stringify(article)).toContain("Against ending it now");
    const stance = await db.stance.findFirstOrThrow({ where: { positionId: id }, include: { position: true } });
    expect(stance.position).toMatchObject({ key: "against_now", retired: true });

    await setCodebookRetired(admin, { kind: "position", id, retired: "false" });
    expect((await db.position.findUniqueOrThrow({ where: { id } })).retired).toBe(false);
    const events = await db.auditEvent.findMany({
      where: { entityType: "Position", entityId: String(id) },
      orderBy: { id: "asc" },
    });
    expect(
      events.map((event) => [
        (event.before as { retired: boolean }).retired,
        (event.after as { retired: boolean }).retired,
      ]),
    ).toEqual([
      [false, true],
      [true, false],
    ]);
  });
});

describe("refusal", () => {
  it("editors, researchers and the public cannot change the codebook, and the database is unchanged", async () => {
    const dimension = await db.dimension.findUniqueOrThrow({ where: { key: "instrument" } });
    const snapshot = async () =>
      JSON.stringify([
        await db.dimension.findMany({ orderBy: { id: "asc" } }),
        await db.position.findMany({ orderBy: { id: "asc" } }),
        await db.auditEvent.count(),
      ]);
    const before = await snapshot();
    for (const user of [editor, researcher, null]) {
      const code = user ? "FORBIDDEN" : "UNAUTHENTICATED";
      await expect(createDimension(user, { key: "x", label: "X", definition: "X" })).rejects.toMatchObject({ code });
      await expect(
        createPosition(user, { dimensionId: dimension.id, key: "x", label: "X", definition: "", color: "#000000" }),
      ).rejects.toMatchObject({ code });
      await expect(updateDimension(user, { id: dimension.id, label: "X", definition: "X" })).rejects.toMatchObject({
        code,
      });
      await expect(
        moveCodebookEntry(user, { kind: "dimension", id: dimension.id, direction: "down" }),
      ).rejects.toMatchObject({ code });
      await expect(
        setCodebookRetired(user, { kind: "dimension", id: dimension.id, retired: true }),
      ).rejects.toMatchObject({ code });
    }
    expect(await snapshot()).toBe(before);
  });
});
