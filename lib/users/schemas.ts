// Input shapes for accounts: the admin's user form, the command line, and the password change on "My account".
import { z } from "zod";
import { passwordWeakness } from "@/lib/users/password-strength";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { emailSchema } from "@/lib/auth/schemas";

export const ROLES = ["researcher", "editor", "admin"] as const;

// 256 is far beyond any passphrase and keeps a hostile request from making argon2 hash megabytes.
// Then the strength check (lib/users/password-strength.ts): length alone lets "password12" through.
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(256, "Use at most 256 characters")
  .superRefine((password, context) => {
    const weakness = passwordWeakness(password);
    if (weakness) context.addIssue({ code: "custom", message: weakness });
  });

const nameSchema = z
  .string()
  .trim()
  .max(120)
  .nullish()
  .transform((value) => value || null);

export const createUserSchema = z.object({
  email: emailSchema,
  name: nameSchema.optional(),
  role: z.enum(ROLES),
  password: passwordSchema,
});

/** The command line creates or updates: a password is needed only for a new user (checked in the mutation). */
export const saveUserSchema = z.object({
  email: emailSchema,
  name: nameSchema.optional(),
  role: z.enum(ROLES).optional(),
  password: passwordSchema.optional(),
});

export const changeRoleSchema = z.object({ userId: z.string().min(1), role: z.enum(ROLES) });

export const setActiveSchema = z.object({
  userId: z.string().min(1),
  active: z.union([z.boolean(), z.enum(["true", "false"]).transform((value) => value === "true")]),
});

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password"),
    newPassword: passwordSchema,
    confirmPassword: z.string(),
  })
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two passwords differ",
  });

export type CreateUserInput = z.input<typeof createUserSchema>;
export type SaveUserInput = z.input<typeof saveUserSchema>;
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;
