// The shared entry of every script: run main, print a user-fixable failure as one clear line (no stack trace),
// and exit with a status that CI and shells understand.
import { EmbeddedServerError } from "@/lib/database/embedded-server";
import { ZodError } from "zod";

export function runScript(main: () => Promise<unknown>): void {
  main().then(
    () => process.exit(process.exitCode ?? 0),
    (error: unknown) => {
      if (error instanceof ZodError) {
        console.error(
          `Invalid arguments:\n${error.issues.map((i) => `  --${i.path.join(".")}: ${i.message}`).join("\n")}`,
        );
      } else if (error instanceof EmbeddedServerError || (error instanceof Error && error.name === "UserFacingError")) {
        console.error(`Error: ${error.message}`);
      } else {
        console.error(error);
      }
      process.exit(1);
    },
  );
}
