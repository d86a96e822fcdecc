// Says that the record is deleted, with a Restore button for those who may restore it.
import { ActionForm, buttonClass } from "@/components/action-form";
import { restoreAction } from "../actions";

export function DeletedBanner(props: { entityType: string; entityId: string; mayRestore: boolean }) {
  const { entityType, entityId, mayRestore } = props;
  return (
    <div className="mt-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm">
      <p>This record is deleted.</p>
      {mayRestore ? (
        <ActionForm action={restoreAction} className="mt-2">
          <input type="hidden" name="entityType" value={entityType} />
          <input type="hidden" name="entityId" value={entityId} />
          <button type="submit" className={buttonClass}>
            Restore
          </button>
        </ActionForm>
      ) : null}
    </div>
  );
}
