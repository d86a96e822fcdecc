// One button per configured OAuth provider (none unless its client id and secret are set).
import { ActionForm } from "@/components/action-form";
import { signInWithProviderAction } from "../actions";

export function ProviderButtons({
  providers,
  callbackUrl,
}: {
  providers: { id: string; name: string }[];
  callbackUrl: string;
}) {
  if (providers.length === 0) return null;
  return (
    <div className="mt-8 space-y-2 border-t border-slate-200 pt-6">
      {providers.map((provider) => (
        <ActionForm key={provider.id} action={signInWithProviderAction}>
          <input type="hidden" name="provider" value={provider.id} />
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <button type="submit" className="w-full rounded border border-slate-300 px-4 py-2 text-sm hover:bg-slate-50">
            Continue with {provider.name}
          </button>
        </ActionForm>
      ))}
    </div>
  );
}
