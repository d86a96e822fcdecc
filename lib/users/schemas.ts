// Input shapes for accounts: the admin's user form, the command line, and the password change on "My account".
import { z } from "zod";
import { passwordWeakness } from "@/lib/users/password-strength";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { EmailSchema } from "@/lib/auth/schemas";

export const ROLES = ["researcher", "editor", "admin"] as const;

// 256 is far beyond any passphrase and keeps a hostile request from making argon2 hash megabytes.
// Then the strength check (lib/users/password-strength.ts): length alone lets "password12" through.
export const PasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(256, "Use at most 256 characters")
  .superRefine((password, context) => {
    const weakness = passwordWeakness(password);
    if (weakness) context.addIssue({ code: "custom", message: weakness });
  });

const NameSchema = z
  .string()
  .trim()
  .max(120)
  .nullish()
  .transform((value) => value || null);

export const CreateUserSchema = z.object({
  email: EmailSchema,
  name: NameSchema.optional(),
  role: z.enum(ROLES),
  password: PasswordSchema,
});

/** The command line creates or updates: a password is needed only for a new user (checked in the mutation). */
export const SaveUserSchema = z.object({
  email: EmailSchema,
  name: NameSchema.optional(),
  role: z.enum(ROLES).optional(),
  password: PasswordSchema.optional(),
});

export const ChangeRoleSchema = z.object({ userId: z.string().min(1), role: z.enum(ROLES) });

export const SetActiveSchema = z.object({
  userId: z.string().min(1),
  active: z.union([z.boolean(), z.enum(["true", "false"]).transform((value) => value === "true")]),
});

export const ChangePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password"),
    newPassword: PasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two passwords differ",
  });

export type CreateUserInput = z.input<typeof CreateUserSchema>;
export type SaveUserInput = z.input<typeof SaveUserSchema>;
export type ChangePasswordInput = z.input<typeof ChangePasswordSchema>;
