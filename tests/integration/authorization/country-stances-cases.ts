// Country stance records in the editors' admin: saving one (new, or an edit at the version read), the form's live
// warnings, the list, one record, the form's choices, the evidence search, and the two admin pages' reads.
import { db } from "@/lib/db";
import { saveCountryStance } from "@/lib/country-stances/save-country-stance";
import { checkCountryStance } from "@/lib/country-stances/checks";
import { listRecordsToReview } from "@/lib/country-stances/to-review";
import {
  getCountryStance,
  getCountryStanceFormOptions,
  getCountryStanceListPage,
  getCountryStancePage,
  listCountryStances,
  searchEvidenceQuotes,
} from "@/lib/country-stances/queries";
import { caseWith, live, type Actor, type Case, type Target } from "./case";

/** Fresh records, with the country stance record's country, dimension and position, for a form that cites the quote. */
const stanceRecord = async (actor: Actor) => {
  const target = await live(actor);
  const coded = await db.countryStance.findUniqueOrThrow({
    where: { id: target.countryStanceId },
    select: { countryId: true, dimensionId: true, positionId: true },
  });
  // The record's evidence holds a stance of its country on its dimension (coding rule 10).
  await db.stance.create({
    data: {
      quoteId: target.quoteId,
      dimensionId: coded.dimensionId,
      positionId: coded.positionId,
      holderCountryId: coded.countryId,
    },
  });
  return { ...target, ...coded };
};
type StanceRecord = Target & { countryId: number; dimensionId: number; positionId: number };

const form = (t: StanceRecord) => ({
  countryId: t.countryId,
  dimensionId: t.dimensionId,
  positionId: t.positionId,
  // Covers the cited quote of 27 October 2021 (coding rule 10).
  validFrom: "2021-01-01",
  validTo: "",
  summary: "Supports a declaration first",
  quoteIds: [t.quoteId],
});

export const COUNTRY_STANCE_CASES: Case[] = [
  { action: "countryStance.edit", fn: "listRecordsToReview", prepare: live, run: (a) => listRecordsToReview(a) },
  caseWith({
    action: "countryStance.edit",
    fn: "saveCountryStance",
    variant: "new record",
    prepare: stanceRecord,
    run: (a, t: StanceRecord) => saveCountryStance(a, form(t)),
  }),
  caseWith({
    action: "countryStance.edit",
    fn: "saveCountryStance",
    variant: "edit",
    prepare: stanceRecord,
    run: (a, t: StanceRecord) =>
      saveCountryStance(a, { ...form(t), id: t.countryStanceId, version: t.countryStanceVersion }),
  }),
  caseWith({
    action: "countryStance.edit",
    fn: "checkCountryStance",
    prepare: stanceRecord,
    run: (a, t: StanceRecord) => checkCountryStance(a, form(t)),
  }),
  {
    action: "countryStance.edit",
    fn: "listCountryStances",
    prepare: live,
    run: (a) => listCountryStances(a, { country: "KR", dimension: "form" }),
  },
  {
    action: "countryStance.edit",
    fn: "getCountryStance",
    prepare: live,
    run: (a, t) => getCountryStance(a, t.countryStanceId),
  },
  {
    action: "countryStance.edit",
    fn: "getCountryStanceFormOptions",
    prepare: live,
    run: (a) => getCountryStanceFormOptions(a),
  },
  {
    action: "countryStance.edit",
    fn: "getCountryStanceListPage",
    prepare: live,
    run: (a) => getCountryStanceListPage(a, { country: "KR" }),
  },
  {
    action: "countryStance.edit",
    fn: "getCountryStancePage",
    prepare: live,
    run: (a, t) => getCountryStancePage(a, t.countryStanceId),
  },
  {
    action: "countryStance.edit",
    fn: "searchEvidenceQuotes",
    prepare: live,
    run: (a) => searchEvidenceQuotes(a, { q: "Test" }),
  },
];
