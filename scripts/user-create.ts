// `npm run user:create -- --email ana@example.org --name "Ana" --role editor --password-stdin`
// Creates a user, or updates the one with that email (name, role, password; a changed password or role ends
// their sessions). The password comes from stdin (--password-stdin, preferred: it stays out of shell history)
// or --password. Works on DATABASE_URL, or on the embedded database when that is unset.
import { parseArgs } from "node:util";
import { z } from "zod";
import { createPrismaClient } from "@/lib/database/client";
import { isAppError } from "@/lib/errors";
import { saveUser } from "@/lib/users/save-user";
import { emailSchema } from "@/lib/auth/schemas";
import { passwordSchema, ROLES } from "@/lib/users/schemas";
import { withDatabase } from "./lib/database-target";
import { runScript } from "./lib/run-script";

const HELP = `Create a user, or update the one with this email.

  npm run user:create -- --email <email> [--name <name>] [--role ${ROLES.join("|")}] (--password-stdin | --password <password>)

  --email           the user's email (their sign-in name)
  --name            display name
  --role            ${ROLES.join(", ")} (new users default to researcher)
  --password-stdin  read the password from standard input (e.g. \`echo "$PW" | npm run user:create -- … --password-stdin\`)
  --password        the password on the command line (visible in shell history; prefer --password-stdin)
  A new user needs a password; for an existing one, leave it out to keep the current password.`;

class UserFacingError extends Error {
  name = "UserFacingError";
}

const Flags = z
  .object({
    email: emailSchema,
    name: z.string().optional(),
    role: z.enum(ROLES, { message: `use one of ${ROLES.join(", ")}` }).optional(),
    password: passwordSchema.optional(),
    "password-stdin": z.boolean().default(false),
  })
  .refine((flags) => !(flags.password !== undefined && flags["password-stdin"]), {
    path: ["password"],
    message: "give either --password or --password-stdin, not both",
  });

runScript(async () => {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        email: { type: "string" },
        name: { type: "string" },
        role: { type: "string" },
        password: { type: "string" },
        "password-stdin": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UserFacingError(`${(error as Error).message}\n\n${HELP}`);
  }
  if (values.help) {
    console.log(HELP);
    return;
  }
  const flags = Flags.parse(values);
  const password = flags["password-stdin"] ? passwordSchema.parse(await readPassword()) : flags.password;

  await withDatabase(async (target) => {
    const client = createPrismaClient(target.url);
    try {
      const { created } = await saveUser(client, { email: flags.email, name: flags.name, role: flags.role, password });
      const user = await client.user.findUniqueOrThrow({
        where: { email: flags.email },
        select: { email: true, role: true },
      });
      console.log(`${created ? "Created" : "Updated"} ${user.email} (${user.role}).`);
    } catch (error) {
      if (!isAppError(error)) throw error;
      const fields = Object.entries(error.details.fields ?? {}).map(
        ([field, messages]) => `\n  --${field}: ${messages.join(", ")}`,
      );
      throw new UserFacingError(`${error.message}${fields.join("")}`);
    } finally {
      await client.$disconnect();
    }
  });
});

/** The first line of standard input, without its line ending. */
async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write("Password (input is shown; prefer piping it): ");
  let text = "";
  for await (const chunk of process.stdin) text += chunk;
  return text.split(/\r?\n/)[0] ?? "";
}
