// `npm start` as an operator runs it, on a data folder and ports of its own, for the tests of the supervisor:
// start it, wait until it serves, find its processes, and wait for it to end.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";

export interface ServeProcess {
  child: ChildProcess;
  baseUrl: string;
  output(): string;
  /** The exit status of `npm start` (null when it was killed by a signal). */
  exited: Promise<number | null>;
  /** Every process below `npm start` right now (supervisor, Next.js, PostgreSQL and its workers). */
  tree(): ProcessInfo[];
}

export interface ProcessInfo {
  pid: number;
  ppid: number;
  name: string;
}

/** Starts `npm start` and resolves once it has announced that it serves; rejects if it exits first. */
export async function startServe(env: Record<string, string>, port: number): Promise<ServeProcess> {
  const child = spawn("npm", ["start"], {
    env: { ...process.env, ...env, PORT: String(port), NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += String(chunk)));
  child.stderr?.on("data", (chunk) => (output += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const pid = child.pid ?? -1;
  const serve: ServeProcess = {
    child,
    baseUrl: `http://127.0.0.1:${port}`,
    output: () => output,
    exited,
    tree: () => descendants(pid),
  };
  let gone = false;
  void exited.then(() => (gone = true));
  while (!output.includes("The stance tracker is running at")) {
    if (gone) throw new Error(`npm start exited before it served:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return serve;
}

/** Processes still running (zombies waiting to be reaped count as gone) among `pids`. */
export function stillRunning(processes: ProcessInfo[]): ProcessInfo[] {
  return processes.filter(({ pid }) => {
    const stat = readStat(pid);
    return stat !== null && stat.state !== "Z";
  });
}

export function descendants(root: number): ProcessInfo[] {
  const all: ProcessInfo[] = [];
  for (const entry of fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    const stat = readStat(Number(entry));
    if (stat) all.push({ pid: Number(entry), ppid: stat.ppid, name: stat.name });
  }
  const found: ProcessInfo[] = [];
  const frontier = [root];
  while (frontier.length > 0) {
    const parent = frontier.pop();
    for (const process of all.filter((candidate) => candidate.ppid === parent)) {
      found.push(process);
      frontier.push(process.pid);
    }
  }
  return found;
}

function readStat(pid: number): { ppid: number; state: string; name: string } | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // "pid (name) state ppid …": the name may hold spaces and parentheses, so split after the last ")".
    const close = stat.lastIndexOf(")");
    const [state, ppid] = stat.slice(close + 2).split(" ");
    return { ppid: Number(ppid), state, name: stat.slice(stat.indexOf("(") + 1, close) };
  } catch {
    return null;
  }
}
