// ESLint 9 flat config. Besides the usual TypeScript and React hooks rules, it enforces the layering:
// src/core is pure TypeScript and imports nothing from Office, ExcelJS, React, the DOM or node.
// Type errors are tsc's job (`npm run lint` runs `tsc --noEmit` after ESLint, then tsconfig.core.json).
import js from "@eslint/js";
import importPlugin from "eslint-plugin-import";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

/** Node's globals for the JavaScript build and start scripts (TypeScript files need none: tsc checks names). */
const nodeGlobals = Object.fromEntries(
  [
    "process",
    "console",
    "require",
    "module",
    "exports",
    "__dirname",
    "__filename",
    "Buffer",
    "URL",
    "setTimeout",
    "clearTimeout",
    "setInterval",
    "clearInterval",
    "fetch",
    "AbortController",
    "AbortSignal",
  ].map((name) => [name, "readonly"]),
);

/** Project folders src/core must not import from (adapters, UI, runtime entry points). */
const OUTSIDE_CORE = ["office", "xlsx", "taskpane", "features", "cli", "functions", "commands"].map(
  (dir) => `./src/${dir}`,
);

const NODE_BUILTINS = [
  "assert",
  "buffer",
  "child_process",
  "crypto",
  "events",
  "fs",
  "fs/promises",
  "http",
  "https",
  "module",
  "net",
  "os",
  "path",
  "process",
  "stream",
  "url",
  "util",
  "vm",
  "worker_threads",
  "zlib",
];

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", ".tmp/", "coverage/", "test-results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      "no-undef": "off",
      // Input checks here look for control characters (NUL in a CSV, pasted binaries) on purpose.
      "no-control-regex": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Visible, not blocking: patches of third-party internals and test fakes sometimes need it.
      "@typescript-eslint/no-explicit-any": "warn",
    },
  },
  // One shape for every file: Prettier formats (printWidth 120, `npm run format`); ESLint keeps imports
  // in order and code lines under 120 characters (long strings, templates and URLs are text, not code).
  {
    files: ["**/*.{ts,tsx,js,mjs,cjs}"],
    plugins: { import: importPlugin },
    rules: {
      "import/order": [
        "error",
        {
          // Node's modules, then packages, then the project's; side-effect imports (an i18n area) stay put.
          groups: ["builtin", "external", "internal", "parent", "sibling", "index"],
          "newlines-between": "ignore",
        },
      ],
      "max-len": [
        "error",
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true },
      ],
    },
  },
  // The custom functions' JSDoc is their Excel metadata: a description or @param wrapped over two lines
  // would reach Excel's function dialog with a line break, so those comment lines stay whole.
  {
    files: ["src/functions/functions.ts"],
    rules: {
      "max-len": [
        "error",
        { code: 120, ignoreComments: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreUrls: true },
      ],
    },
  },
  // Custom functions take `any` on purpose: it is the metadata's "any" type (number, text or empty cell).
  { files: ["src/functions/**/*.ts"], rules: { "@typescript-eslint/no-explicit-any": "off" } },
  // Tests write hand-computed decimals with all their digits, as documentation of the expected value.
  { files: ["test/**/*.ts"], rules: { "no-loss-of-precision": "off" } },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs", globals: nodeGlobals },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module", globals: nodeGlobals },
  },
  // Office.js usage rules (load before read, sync after load, no sync in loops …) only where Office.js
  // is called. Not src/xlsx (ExcelJS objects look alike but need no load/sync: false positives), nor
  // src/features, which only sees the WorkbookPort.
  {
    files: ["src/{office,taskpane,commands,functions}/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["src/**/*.tsx", "src/taskpane/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  // The layering: src/core stays pure.
  {
    files: ["src/core/**/*.{ts,tsx}"],
    plugins: { import: importPlugin },
    settings: { "import/resolver": { node: { extensions: [".ts", ".tsx", ".js", ".json"] } } },
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./src/core",
              from: OUTSIDE_CORE,
              message: "src/core is pure TypeScript: adapters and UI depend on it, never the reverse.",
            },
          ],
        },
      ],
      "no-restricted-imports": [
        "error",
        {
          paths: [
            ...["exceljs", "react", "react-dom", "@microsoft/office-js", "office-addin-mock"].map((name) => ({
              name,
              message: "src/core must not depend on Office, ExcelJS or React.",
            })),
            ...NODE_BUILTINS.map((name) => ({ name, message: "src/core must not use node modules." })),
          ],
          patterns: [
            { group: ["node:*"], message: "src/core must not use node modules." },
            {
              group: ["react/*", "react-dom/*", "@fluentui/*", "exceljs/*", "office-*", "@types/office-js"],
              message: "src/core must not depend on Office, ExcelJS or React.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...[
          "window",
          "document",
          "navigator",
          "localStorage",
          "Office",
          "Excel",
          "OfficeExtension",
          "CustomFunctions",
        ].map((name) => ({ name, message: `src/core must not use ${name}: pass data in from an adapter.` })),
        ...["process", "Buffer", "require", "__dirname", "__filename"].map((name) => ({
          name,
          message: `src/core must not use node's ${name}.`,
        })),
      ],
    },
  },
);
