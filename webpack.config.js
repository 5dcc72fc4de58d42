// Builds the add-in: one page (taskpane.html) loads the functions, commands and task pane bundles so
// they share one runtime. Production: `webpack --mode production --env url=https://your.host/path/`
// rewrites every https://localhost:3000/ of the manifest. Type checking is `tsc --noEmit` (npm run lint):
// ts-loader only transpiles, which keeps the production build fast.
"use strict";
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { ProvidePlugin, WebpackError } = require("webpack");
const { resolveDevTransport } = require("./scripts/dev-https");
const { FunctionsFrPlugin } = require("./scripts/functions-fr-plugin");

const DEV_PORT = 3000;
const DEV_URL = `https://localhost:${DEV_PORT}/`;
const OFFICE_JS = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
/** Microsoft's hosted office.js: the only copy supported for add-ins in production. */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** Where the page loads office.js from when built with `--env office=local` (offline development, tests). */
const OFFICE_JS_LOCAL = "office-js/office.js";

/**
 * `--env office=cdn|local`: production builds default to Microsoft's CDN (the npm copy is documented as
 * unsupported in production), development builds to the local copy so that they work offline.
 */
function officeJsSource(value, production) {
  const chosen = value ?? (production ? "cdn" : "local");
  if (chosen !== "cdn" && chosen !== "local") throw new Error(`--env office=${value}: expected cdn or local`);
  return chosen;
}

/** Every occurrence of the development URL replaced (a global replace, not only the first). */
function rewriteManifestUrls(xml, url) {
  return xml.replace(/https:\/\/localhost:3000\//g, url);
}

/** `--env url=…` as a base URL ending in "/", https only (Office refuses anything else). */
function productionUrl(raw) {
  let parsed;
  try {
    parsed = new URL(raw);
  } catch {
    throw new Error(`--env url=${raw}: not a URL (expected https://your.host/path/)`);
  }
  if (parsed.protocol !== "https:") throw new Error(`--env url=${raw}: Office add-ins must be served over https`);
  return parsed.href.endsWith("/") ? parsed.href : `${parsed.href}/`;
}

/**
 * What office.js loads for Excel: itself, one host file per platform (excel-<platform>-16.xx[-core].js),
 * the UI strings (French, and English which is its fallback), its telemetry shim and its host table. The package's
 * other
 * 80 MB (Word, Outlook, debug builds, every language) is never requested by an Excel add-in.
 */
const OFFICE_JS_FILES = [
  "office.js",
  "excel-*-16.*.js",
  "en-us/office_strings.js",
  "fr-fr/office_strings.js",
  "telemetry/oteljs_agave.js",
  // Loaded when no host identifies itself (page opened in a browser, Office 2013).
  "o15apptofilemappingtable.js",
];

/** Fails the build if ExcelJS (file mode, task pane only) ends up in the custom functions runtime bundle. */
class KeepOutOfChunkPlugin {
  constructor(chunkName, packageName) {
    this.chunkName = chunkName;
    this.marker = `${path.sep}node_modules${path.sep}${packageName}${path.sep}`;
  }
  apply(compiler) {
    compiler.hooks.afterCompile.tap("KeepOutOfChunkPlugin", (compilation) => {
      for (const chunk of compilation.chunks) {
        if (chunk.name !== this.chunkName) continue;
        for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
          const resource = module.resource ?? "";
          if (resource.includes(this.marker)) {
            compilation.errors.push(
              new WebpackError(
                `${this.chunkName} bundle must not include ${resource} (keep ExcelJS out of custom functions)`,
              ),
            );
            return;
          }
        }
      }
    });
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const url = production && env.url ? productionUrl(env.url) : DEV_URL;
  if (production && !env.url) {
    console.warn(
      "[manifest] dist/manifest.xml keeps https://localhost:3000 (development). To deploy: webpack --mode production --env url=https://your.host/path/",
    );
  }
  const officeJs = officeJsSource(env.office, production);
  const serving = Boolean(env.WEBPACK_SERVE);
  const transport = serving
    ? await resolveDevTransport({ known: process.env.SUIVI_DEV_TRANSPORT || undefined })
    : undefined;
  if (transport && transport.kind !== "https-trusted") {
    console.warn(
      transport.kind === "http"
        ? `[dev-server] plain http on port ${DEV_PORT}: Office will not load the add-in (${transport.reason}). The page still opens in a browser.`
        : `[dev-server] https with certificates this system does not trust (${transport.reason}).`,
    );
  }

  return {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    entry: {
      boot: "./src/taskpane/boot.ts",
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
      // early.ts first: it requests the home screen's chunk before the UI's modules are evaluated.
      taskpane: ["./src/taskpane/early.ts", "./src/taskpane/index.tsx"],
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs"],
      alias: {
        // The task pane's file mode runs ExcelJS from its sources, where our patches apply (see that file).
        exceljs$: path.resolve(__dirname, "src/xlsx/exceljs-web.ts"),
        // Reads files from disk with node (command line); the task pane reads bytes (src/xlsx/browser.ts).
        [path.resolve(__dirname, "src/xlsx/open")]: false,
      },
      // Node modules ExcelJS's sources name: unused in the browser (files, streaming, sheet passwords).
      fallback: { fs: false, crypto: false, stream: require.resolve("readable-stream") },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, "tsconfig.json"),
              // ES modules let webpack drop unused code; the shared tsconfig targets node (commonjs).
              compilerOptions: { module: "esnext", noEmit: false, sourceMap: true },
            },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new FunctionsFrPlugin({ input: "functions.json", output: "functions-fr.json", strings: "src/i18n/strings.ts" }),
      new KeepOutOfChunkPlugin("functions", "exceljs"),
      // What a browser lacks of node's globals for ExcelJS's sources (Buffer, process.nextTick).
      new ProvidePlugin({
        Buffer: ["buffer", "Buffer"],
        process: [path.resolve(__dirname, "src/xlsx/process-web.ts"), "default"],
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // boot.js inserts the other scripts itself (office.js and the functions only inside Office).
        inject: false,
        bootScript: "boot.js",
        officeJs: officeJs === "cdn" ? OFFICE_JS_CDN : OFFICE_JS_LOCAL,
        // Order matters in the shared runtime: associate the functions before the UI starts.
        officeBundles: "functions.js commands.js",
        bundles: "taskpane.js",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          ...(officeJs === "cdn" ? [] : OFFICE_JS_FILES).map((file) => ({
            from: file,
            context: OFFICE_JS,
            // Keep office.js's folder layout (en-us/, fr-fr/, telemetry/): it builds those paths itself.
            to: ({ absoluteFilename }) =>
              path.posix.join("office-js", path.relative(OFFICE_JS, absoluteFilename).split(path.sep).join("/")),
            globOptions: { ignore: ["**/*.debug.js"] },
            // Already minified by Microsoft: running terser over 8 MB would double the build time.
            info: { minimized: true },
          })),
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (production ? rewriteManifestUrls(content.toString(), url) : content),
          },
        ],
      }),
    ],
    devServer: {
      port: DEV_PORT,
      host: "localhost",
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      server: transport && transport.kind !== "http" ? { type: "https", options: transport.options } : { type: "http" },
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};

module.exports.rewriteManifestUrls = rewriteManifestUrls;
module.exports.productionUrl = productionUrl;
module.exports.officeJsSource = officeJsSource;
module.exports.OFFICE_JS_CDN = OFFICE_JS_CDN;
