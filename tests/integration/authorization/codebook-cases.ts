// The codebook editor, admins only: adding, editing, retiring and reordering dimensions and positions. Each run
// gets a fresh dimension of its own, so the shared one the other cases code under ("form") is never retired or moved.
import { db } from "@/lib/db";
import {
  createDimension,
  createPosition,
  moveCodebookEntry,
  setCodebookRetired,
  updateDimension,
  updatePosition,
} from "@/lib/codebook/mutations";
import { seedDimension } from "@/prisma/seed/codebook";
import { caseWith, unique, type Case } from "./case";

/** A fresh dimension with two positions. */
const dimension = async () => {
  const key = `venue_${unique()}`;
  const seeded = await seedDimension(db, {
    key,
    label: "Venue",
    definition: "Where a declaration should be signed.",
    positions: [
      { key: "panmunjom", label: "Panmunjom", definition: "At the DMZ." },
      { key: "geneva", label: "Geneva", definition: "On neutral ground." },
    ],
  });
  return { key, dimensionId: seeded.id, positionIds: seeded.positions.map((p) => p.id) };
};

export const CODEBOOK_CASES: Case[] = [
  {
    action: "codebook.edit",
    fn: "createDimension",
    run: (a) =>
      createDimension(a, { key: `scope_${unique()}`, label: "Scope", definition: "What the declaration covers." }),
  },
  caseWith({
    action: "codebook.edit",
    fn: "createPosition",
    prepare: dimension,
    run: (a, t) =>
      createPosition(a, {
        dimensionId: t.dimensionId,
        key: "beijing",
        label: "Beijing",
        definition: "In a guarantor's capital.",
        color: "#0f766e",
      }),
  }),
  caseWith({
    action: "codebook.edit",
    fn: "updateDimension",
    prepare: dimension,
    run: (a, t) => updateDimension(a, { id: t.dimensionId, label: "Place", definition: "Where it is signed." }),
  }),
  caseWith({
    action: "codebook.edit",
    fn: "updatePosition",
    prepare: dimension,
    run: (a, t) =>
      updatePosition(a, {
        id: t.positionIds[0]!,
        label: "Panmunjom (JSA)",
        definition: "In the Joint Security Area.",
        color: "#1d4ed8",
      }),
  }),
  caseWith({
    action: "codebook.edit",
    fn: "setCodebookRetired",
    variant: "dimension",
    prepare: dimension,
    run: (a, t) => setCodebookRetired(a, { kind: "dimension", id: t.dimensionId, retired: true }),
  }),
  caseWith({
    action: "codebook.edit",
    fn: "setCodebookRetired",
    variant: "position",
    prepare: dimension,
    run: (a, t) => setCodebookRetired(a, { kind: "position", id: t.positionIds[1]!, retired: true }),
  }),
  caseWith({
    action: "codebook.edit",
    fn: "moveCodebookEntry",
    prepare: dimension,
    run: (a, t) => moveCodebookEntry(a, { kind: "position", id: t.positionIds[1]!, direction: "up" }),
  }),
];
