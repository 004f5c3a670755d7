import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * `import "server-only"` throws anywhere but in Next's server build. The modules below run outside
 * it (tsx scripts, the PDF render thread, the Playwright specs): none of them may reach a module
 * that carries the mark, through any chain of imports. Type-only imports are erased, so they count
 * for nothing; dynamic `import()` counts.
 */
const root = path.resolve(import.meta.dirname, "..");
const OUTSIDE_NEXT = ["scripts", "bench", "db/seed", "db/migrate.ts", "db/embedded.ts", "e2e", "playwright.config.ts", "lib/offers/sheet/pdf/worker.ts"];

function sourcesUnder(entry: string): string[] {
  const full = path.join(root, entry);
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full, { recursive: true, encoding: "utf8" })
    .filter((name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name))
    .map((name) => path.join(full, name));
}

function resolveLocal(specifier: string, fromFile: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(fromFile), specifier);
  else return null;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile()) ?? null;
}

/** The specifiers a file imports at run time. */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, "utf8"),
    ts.ScriptTarget.Latest,
    false,
    file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings;
      const allTypes = clause && !clause.name && named && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
      if (!clause?.isTypeOnly && !allTypes) found.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && !node.isTypeOnly) {
      found.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("server-only", () => {
  it("is never reached by the code that runs outside Next (scripts, bench, seed, PDF thread, e2e)", () => {
    const via = new Map<string, string | null>();
    const queue = OUTSIDE_NEXT.flatMap(sourcesUnder);
    for (const file of queue) via.set(file, null);
    const offenders: string[] = [];
    while (queue.length > 0) {
      const file = queue.shift()!;
      for (const specifier of runtimeImports(file)) {
        if (specifier === "server-only") {
          const chain = [file];
          for (let step = via.get(file); step; step = via.get(step)) chain.unshift(step);
          offenders.push(chain.map((f) => path.relative(root, f)).join(" → "));
          continue;
        }
        const target = resolveLocal(specifier, file);
        if (target && !via.has(target)) {
          via.set(target, file);
          queue.push(target);
        }
      }
    }
    expect(via.size).toBeGreaterThan(50);
    expect(offenders).toEqual([]);
    // Parsing a few hundred files takes 2 s on a quiet machine, several times that on a busy one.
  }, 60_000);
});
