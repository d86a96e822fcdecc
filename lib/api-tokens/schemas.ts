// Input shapes for a researcher's API tokens (created and revoked on the account page).
import { z } from "zod";

export const createApiTokenSchema = z.object({
  // A label for the owner to tell tokens apart ("laptop R scripts"); never shown to anyone else.
  name: z.string().trim().min(1, "Give the token a name").max(80, "At most 80 characters"),
});
export type CreateApiTokenInput = z.output<typeof createApiTokenSchema>;

export const revokeApiTokenSchema = z.object({ id: z.string().min(1).max(40) });
export type RevokeApiTokenInput = z.output<typeof revokeApiTokenSchema>;
