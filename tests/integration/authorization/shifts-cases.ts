// Possible shifts (lib/shifts/): editors list, count, confirm and dismiss them.
import { db } from "@/lib/db";
import { confirmShift, dismissShift } from "@/lib/shifts/decide";
import { countOpenShifts, listPossibleShifts } from "@/lib/shifts/queries";
import { caseWith, live, type Actor, type Case } from "./case";

/** A fresh open possible shift on the fresh quote, which holds the record's country and dimension (coding rule 10). */
const openShift = async (actor: Actor) => {
  const target = await live(actor);
  const coded = await db.countryStance.findUniqueOrThrow({
    where: { id: target.countryStanceId },
    select: { countryId: true, dimensionId: true, positionId: true },
  });
  await db.stance.create({
    data: {
      quoteId: target.quoteId,
      dimensionId: coded.dimensionId,
      positionId: coded.positionId,
      holderCountryId: coded.countryId,
    },
  });
  const shift = await db.possibleShift.create({
    data: { quoteId: target.quoteId, countryId: coded.countryId, dimensionId: coded.dimensionId },
  });
  return { shiftId: shift.id, positionId: coded.positionId };
};
type OpenShift = Awaited<ReturnType<typeof openShift>>;

export const SHIFT_CASES: Case[] = [
  { action: "countryStance.edit", fn: "listPossibleShifts", run: (a) => listPossibleShifts(a) },
  { action: "countryStance.edit", fn: "countOpenShifts", run: (a) => countOpenShifts(a) },
  caseWith({
    action: "countryStance.edit",
    fn: "confirmShift",
    prepare: openShift,
    run: (a, t: OpenShift) =>
      confirmShift(a, { shiftId: t.shiftId, positionId: t.positionId, validFrom: "2021-10-27", summary: "Now so." }),
  }),
  caseWith({
    action: "countryStance.edit",
    fn: "dismissShift",
    prepare: openShift,
    run: (a, t: OpenShift) => dismissShift(a, { shiftId: t.shiftId, reason: "Restates the old position." }),
  }),
];
