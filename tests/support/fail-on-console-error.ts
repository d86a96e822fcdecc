// A console.error during a test is a bug the test did not assert on: fail the test that printed it.
import { afterEach } from "vitest";

let errors: unknown[][] = [];
const original = console.error;

console.error = (...args: unknown[]) => {
  errors.push(args);
  original(...args);
};

afterEach(() => {
  const printed = errors;
  errors = [];
  if (printed.length > 0) {
    throw new Error(
      `console.error was called during the test:\n${printed.map((a) => a.map(String).join(" ")).join("\n")}`,
    );
  }
});
