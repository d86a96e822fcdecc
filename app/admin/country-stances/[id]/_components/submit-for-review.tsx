// Sending a draft or returned record to a second editor.
import { ActionForm, buttonClass } from "@/components/action-form";
import type { CountryStanceDetail } from "@/lib/country-stances/queries";
import { submitCountryStanceAction } from "../../actions";

export function SubmitForReview({ record }: { record: CountryStanceDetail }) {
  if (record.status !== "draft" && record.status !== "returned") return null;
  return (
    <ActionForm action={submitCountryStanceAction} aria-label="Submit for review">
      <input type="hidden" name="kind" value="countryStance" />
      <input type="hidden" name="id" value={record.id} />
      <input type="hidden" name="version" value={record.version} />
      <button type="submit" className={buttonClass}>
        Submit for review
      </button>
    </ActionForm>
  );
}
