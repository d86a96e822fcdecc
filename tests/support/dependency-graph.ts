// The import graph of the source, resolved the way TypeScript and Next resolve it (tsconfig `paths`, so `@/lib/x`
// is lib/x.ts), by dependency-cruiser; type-only imports count. Then the rules of docs/ARCHITECTURE.md that need the
// whole graph: no cycle between files, none between the folders of lib/ (each file at the top of lib/ is a unit of
// its own), and nothing in lib/ imports the seed.
import path from "node:path";
import { cruise, type ICruiseResult } from "dependency-cruiser";
import extractTSConfig from "dependency-cruiser/config-utl/extract-ts-config";

type Graph = Map<string, Set<string>>;

export async function dependencyProblems(root: string, directories: string[]): Promise<string[]> {
  const files = await importGraph(root, directories);
  const problems: string[] = [];
  for (const cycle of cycles(files)) problems.push(`file cycle: ${cycle.join(" ⇄ ")}`);

  const folders: Graph = new Map();
  const via = new Map<string, string>();
  for (const [from, targets] of files) {
    if (!from.startsWith("lib/")) continue;
    for (const to of targets) {
      if (to.startsWith("prisma/seed")) problems.push(`lib/ imports the seed: ${from} → ${to}`);
      if (!to.startsWith("lib/") || libUnit(from) === libUnit(to)) continue;
      edge(folders, libUnit(from), libUnit(to));
      via.set(`${libUnit(from)} ${libUnit(to)}`, `${from} → ${to}`);
    }
  }
  for (const cycle of cycles(folders)) {
    const inside = new Set(cycle);
    const edges = [...via].filter(([key]) => key.split(" ").every((unit) => inside.has(unit))).map(([, e]) => e);
    problems.push(`folder cycle: ${cycle.join(" ⇄ ")}, through ${edges.sort().join("; ")}`);
  }
  return problems;
}

/** `lib/people/slug.ts` → `lib/people`; a file at the top of lib/ (`lib/db.ts`) is its own unit. */
function libUnit(file: string): string {
  const parts = file.split("/");
  return parts.length > 2 ? parts.slice(0, 2).join("/") : file;
}

async function importGraph(root: string, directories: string[]): Promise<Graph> {
  const tsConfigFile = path.join(root, "tsconfig.json");
  const previous = process.cwd();
  // dependency-cruiser reads the files and reports their paths relative to the working directory.
  process.chdir(root);
  try {
    const { output } = await cruise(
      directories,
      {
        tsConfig: { fileName: tsConfigFile },
        tsPreCompilationDeps: true,
        doNotFollow: { path: "node_modules" },
        exclude: { path: "(^|/)(node_modules|generated|\\.next)/" },
      },
      {},
      { tsConfig: extractTSConfig(tsConfigFile) },
    );
    const graph: Graph = new Map();
    for (const cruised of (output as ICruiseResult).modules) {
      if (cruised.coreModule || cruised.source.includes("node_modules")) continue;
      graph.set(cruised.source, graph.get(cruised.source) ?? new Set());
      for (const dependency of cruised.dependencies)
        if (!dependency.coreModule && !dependency.resolved.includes("node_modules"))
          edge(graph, cruised.source, dependency.resolved);
    }
    return graph;
  } finally {
    process.chdir(previous);
  }
}

function edge(graph: Graph, from: string, to: string) {
  if (!graph.has(from)) graph.set(from, new Set());
  if (!graph.has(to)) graph.set(to, new Set());
  graph.get(from)?.add(to);
}

/** The strongly connected components with more than one member (Tarjan), each sorted, for a stable message. */
function cycles(graph: Graph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(target) ?? 0));
      } else if (onStack.has(target)) low.set(node, Math.min(low.get(node) ?? 0, index.get(target) ?? 0));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found.sort((a, b) => a[0].localeCompare(b[0]));
}
