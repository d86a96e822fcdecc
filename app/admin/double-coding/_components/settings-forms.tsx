// The admin's two forms: the sampling rate of new imports, and assigning one article to two editors by hand.
import { ActionForm, buttonClass } from "@/components/action-form";
import { FormField, Input, Select } from "@/components/form-field";
import { assignAction, setSamplingRateAction } from "../actions";

export function SettingsForms({ rate, coders }: { rate: number; coders: { id: string; label: string }[] }) {
  const coderSelect = (name: string, label: string) => (
    <FormField name={name} label={label}>
      <Select defaultValue="">
        <option value="">Choose an editor</option>
        {coders.map((coder) => (
          <option key={coder.id} value={coder.id}>
            {coder.label}
          </option>
        ))}
      </Select>
    </FormField>
  );
  return (
    <div className="mt-4 grid gap-8 md:grid-cols-2">
      <ActionForm action={setSamplingRateAction} className="space-y-3" aria-label="Sampling rate">
        <FormField name="samplingRate" label="Share of newly imported articles drawn for double coding (%)">
          <Input type="number" defaultValue={rate} />
        </FormField>
        <button type="submit" className={buttonClass}>
          Save rate
        </button>
      </ActionForm>
      <ActionForm action={assignAction} className="space-y-3" aria-label="Assign an article">
        <FormField name="articleId" label="Article number">
          <Input type="number" min={1} />
        </FormField>
        {coderSelect("coderAId", "Coder A")}
        {coderSelect("coderBId", "Coder B")}
        <button type="submit" className={buttonClass}>
          Assign to two coders
        </button>
      </ActionForm>
    </div>
  );
}
