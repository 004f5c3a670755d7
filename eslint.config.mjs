import fs from "node:fs";
import path from "node:path";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const root = import.meta.dirname;

/**
 * Server modules that the tsx scripts (start, e2e server, seed, bench, the PDF render thread) or the
 * Playwright specs also load: `import "server-only"` throws outside React's server build, so these
 * cannot carry it and are named here instead. Every other server module marks itself with it
 * (scripts/server-only.test.ts checks that the mark never reaches those loaders).
 */
const SERVER_PATHS = [
  /^db\//,
  /^emails\//,
  /^lib\/core\/env\.ts$/,
  /^lib\/core\/auth\/password-hash\.ts$/,
  /^lib\/core\/files\//,
  /^lib\/core\/outbox\//,
  /^lib\/core\/cron\//,
  /^lib\/core\/log\//,
  /^lib\/core\/telemetry\//,
  /(^|\/)queries\.ts$/,
];
const SERVER_ONLY_MARK = /^import ["']server-only["'];?\s*$/m;

/** The file an import of ours (`@/…` or relative) points at, or null for a package. */
function resolveLocal(source, fromFile) {
  let base;
  if (source.startsWith("@/")) base = path.join(root, source.slice(2));
  else if (source.startsWith(".")) base = path.resolve(path.dirname(fromFile), source);
  else return null;
  const candidates = [base, ...[".ts", ".tsx", ".js", ".mjs"].map((ext) => base + ext), path.join(base, "index.ts"), path.join(base, "index.tsx")];
  return candidates.find((file) => fs.existsSync(file) && fs.statSync(file).isFile()) ?? null;
}

const marked = new Map();
function isServerModule(file) {
  const relative = path.relative(root, file).split(path.sep).join("/");
  if (SERVER_PATHS.some((pattern) => pattern.test(relative))) return true;
  if (!marked.has(file)) marked.set(file, SERVER_ONLY_MARK.test(fs.readFileSync(file, "utf8")));
  return marked.get(file);
}

const isTypeOnly = (node) =>
  node.importKind === "type" ||
  node.exportKind === "type" ||
  (node.specifiers?.length > 0 && node.specifiers.every((s) => s.importKind === "type" || s.exportKind === "type"));

/**
 * A "use client" module is shipped to the browser with everything it imports: it may use types from
 * anywhere, but no value from db/ or from a server module (a database client, secrets, the session).
 * Next catches a `server-only` module reached through any depth at build time; this rule names the
 * offending import in the editor, and also covers the server modules that cannot carry the mark.
 */
const clientBoundary = {
  meta: {
    type: "problem",
    schema: [],
    messages: { server: "« {{source}} » is a server module: a client component may import its types only (`import type`)." },
  },
  create(context) {
    let client = false;
    const check = (node) => {
      if (!client || !node.source || isTypeOnly(node)) return;
      const source = node.source.value;
      const file = resolveLocal(source, context.filename);
      if (source === "server-only" || (file && isServerModule(file))) context.report({ node, messageId: "server", data: { source } });
    };
    return {
      Program(program) {
        client = program.body.some((statement) => statement.directive === "use client");
      },
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
    };
  },
};

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next*/**", ".data/**", "node_modules/**", "db/migrations/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  {
    // The layers import downwards only: app → components → lib (and emails) → db (docs/architecture.md).
    // Tests beside the code call route handlers directly: they observe the layers, they are not one.
    files: ["**/*.{ts,tsx,mjs}"],
    ignores: ["**/*.test.{ts,tsx}"],
    plugins: { sses: { rules: { "client-boundary": clientBoundary } } },
    rules: {
      "sses/client-boundary": "error",
      "import/no-restricted-paths": [
        "error",
        {
          basePath: root,
          zones: [
            {
              target: ["./components", "./lib", "./emails", "./db", "./scripts", "./bench", "./test", "./e2e", "./proxy.ts"],
              from: "./app",
              message: "Nothing imports app/: routes are the top layer; move what is shared to components/ or lib/.",
            },
            {
              target: ["./lib", "./emails", "./db"],
              from: "./components",
              message: "lib/, emails/ and db/ sit below the UI: they never import components/.",
            },
            {
              target: "./emails",
              from: "./lib",
              except: ["./core"],
              message: "Templates take everything they show as props: from lib/ they use only lib/core (links, dates).",
            },
            {
              target: ["./db/client.ts", "./db/schema", "./db/migrate.ts", "./db/embedded.ts"],
              from: "./lib",
              except: ["./core/env.ts"],
              message: "db/ is the bottom layer: it reads its configuration from lib/core/env.ts and nothing else from lib/.",
            },
            {
              target: ["./db/client.ts", "./db/schema", "./db/migrate.ts", "./db/embedded.ts"],
              from: "./emails",
              message: "db/ is the bottom layer: it never imports emails/.",
            },
          ],
        },
      ],
    },
  },
  {
    // Issue 12: a component's function fits on a screen; what grows beyond goes into a named component or hook beside it.
    files: ["components/**/*.tsx"],
    rules: { "max-lines-per-function": ["error", { max: 80, skipBlankLines: true, skipComments: true }] },
  },
  {
    // Issue 12: a file does one thing. Generated or data files (reference lists, migrations) are not read as code.
    files: ["**/*.{ts,tsx}"],
    ignores: ["db/seed/data/**", "lib/core/validation/common-passwords.ts", "db/migrations/**"],
    rules: { "max-lines": ["error", { max: 400, skipBlankLines: false }] },
  },
];

export default config;
