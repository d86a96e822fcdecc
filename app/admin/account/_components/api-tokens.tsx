// The account page's API tokens: create one (shown once, in the form's message), see when each was last used,
// revoke one. Server component; the forms are the shared ActionForm.
import { ActionForm, buttonClass } from "@/components/action-form";
import { FormField, Input } from "@/components/form-field";
import { formatTimestamp } from "@/lib/dates";
import type { ApiTokenDto } from "@/lib/api-tokens/queries";
import { createApiTokenAction, revokeApiTokenAction } from "../token-actions";
import { ScrollRegion } from "@/components/scroll-region";

const when = (date: Date | null) => (date ? formatTimestamp(date) : "never");

export function ApiTokens({ tokens }: { tokens: ApiTokenDto[] }) {
  return (
    <section aria-labelledby="api-tokens" className="mt-8">
      <h2 id="api-tokens" className="text-lg font-semibold">
        API tokens
      </h2>
      <p className="text-sm text-slate-600">
        Scripts send a token as <code>Authorization: Bearer …</code> to the{" "}
        <a className="underline" href="/api-docs">
          read API
        </a>
        ; with it they also see records in review and may download bulk exports. Treat a token like a password.
      </p>
      <ActionForm action={createApiTokenAction} className="mt-4 space-y-2" aria-label="Create an API token">
        <FormField name="name" label="Name (to tell your tokens apart)">
          <Input required maxLength={80} placeholder="R scripts on my laptop" />
        </FormField>
        <button type="submit" className={buttonClass}>
          Create token
        </button>
      </ActionForm>
      {tokens.length > 0 ? (
        <ScrollRegion label="API tokens" className="mt-4">
          <table className="w-full min-w-[36rem] text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th className="py-1">Name</th>
                <th>Created</th>
                <th>Last used</th>
                <th>
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id} className="border-b border-slate-200 align-top">
                  <td className="py-1">{token.name}</td>
                  <td>{when(token.createdAt)}</td>
                  <td>{when(token.lastUsedAt)}</td>
                  <td>
                    {token.revokedAt ? (
                      <span className="text-slate-600">revoked {when(token.revokedAt)}</span>
                    ) : (
                      <ActionForm action={revokeApiTokenAction} aria-label={`Revoke ${token.name}`}>
                        <input type="hidden" name="id" value={token.id} />
                        <button type="submit" className="text-red-700 underline">
                          Revoke
                        </button>
                      </ActionForm>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
    </section>
  );
}
