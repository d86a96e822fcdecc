// The Next.js server as a child of the supervisor (scripts/serve.ts), in a process group of its own so that the
// supervisor decides when it stops: on a signal it gets SIGTERM, finishes the requests in flight (Next.js closes
// its listener and waits for them), and whatever is left of the group after the drain time is killed.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";

export interface AppProcess {
  pid: number;
  /** Settles when the server process ends, whoever ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, up to `drainMs` for requests in flight, then SIGKILL to the whole group; resolves when it is gone. */
  stop(drainMs: number): Promise<void>;
}

export function startApp(mode: "dev" | "start", port: number, env: NodeJS.ProcessEnv): AppProcess {
  const next = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const child: ChildProcess = spawn(process.execPath, [next, mode, "--port", String(port)], {
    stdio: "inherit",
    detached: true,
    env,
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error("Could not start the Next.js server.");
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // ESRCH: the group is already empty
    }
  };
  return {
    pid,
    exited,
    stop: async (drainMs) => {
      if (child.exitCode === null && child.signalCode === null) {
        signalGroup("SIGTERM");
        let timer: NodeJS.Timeout | undefined;
        const drained = await Promise.race([
          exited.then(() => true),
          new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), drainMs))),
        ]);
        clearTimeout(timer);
        if (!drained) console.warn(`The web server did not finish within ${drainMs / 1000} s; stopping it now.`);
      }
      // Whatever is left of the group (workers of `next dev`, a server that did not drain) goes now.
      signalGroup("SIGKILL");
      await exited;
    },
  };
}

export function describeExit({ code, signal }: { code: number | null; signal: NodeJS.Signals | null }): string {
  return signal ? `was killed by ${signal}` : `exited with code ${code}`;
}
