// The admin's two forms: the sampling rate of new imports, and assigning one article to two editors by hand.
import { ActionForm, FieldError, buttonClass, inputClass } from "@/components/action-form";
import { assignAction, setSamplingRateAction } from "../actions";

export function SettingsForms({ rate, coders }: { rate: number; coders: { id: string; label: string }[] }) {
  const coderSelect = (name: string, label: string) => (
    <div className="text-sm font-medium">
      <label htmlFor={name}>{label}</label>
      <select id={name} name={name} defaultValue="" className={inputClass}>
        <option value="">Choose an editor</option>
        {coders.map((coder) => (
          <option key={coder.id} value={coder.id}>
            {coder.label}
          </option>
        ))}
      </select>
      <FieldError name={name} />
    </div>
  );
  return (
    <div className="mt-4 grid gap-8 md:grid-cols-2">
      <ActionForm action={setSamplingRateAction} className="space-y-3" aria-label="Sampling rate">
        <label className="block text-sm font-medium">
          Share of newly imported articles drawn for double coding (%)
          <input name="samplingRate" type="number" defaultValue={rate} className={inputClass} />
          <FieldError name="samplingRate" />
        </label>
        <button type="submit" className={buttonClass}>
          Save rate
        </button>
      </ActionForm>
      <ActionForm action={assignAction} className="space-y-3" aria-label="Assign an article">
        <label className="block text-sm font-medium">
          Article number
          <input name="articleId" type="number" min={1} className={inputClass} />
          <FieldError name="articleId" />
        </label>
        {coderSelect("coderAId", "Coder A")}
        {coderSelect("coderBId", "Coder B")}
        <button type="submit" className={buttonClass}>
          Assign to two coders
        </button>
      </ActionForm>
    </div>
  );
}
