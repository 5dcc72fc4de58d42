// What the online manifest validator would reject, checked offline: XML, resources, shared runtime,
// https, icons, metadata URLs, version, and the production rewrite of every localhost URL.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describeWith } from "../support/tools";

const ROOT = join(__dirname, "..", "..");
const MANIFEST = join(ROOT, "manifest.xml");
const DEV_BASE = "https://localhost:3000/";
/** French-speaking locales whose users get the French text (France, Belgium, Switzerland, Canada, Luxembourg). */
const FRENCH_LOCALES = ["fr-fr", "fr-be", "fr-ch", "fr-ca", "fr-lu"];

// The xml2js that office-addin-manifest itself parses manifests with.
const fromManifestTool = createRequire(
  join(dirname(require.resolve("office-addin-manifest/package.json")), "index.js"),
);
const { parseStringPromise } = fromManifestTool("xml2js") as {
  parseStringPromise: (xml: string) => Promise<unknown>;
};

/** A parsed element: attributes under `$`, children as arrays by tag name. */
interface Node {
  $?: Record<string, string>;
  _?: string;
  [tag: string]: unknown;
}

function children(node: Node | undefined, tag: string): Node[] {
  const value = node?.[tag];
  return Array.isArray(value) ? (value as Node[]).map((v) => (typeof v === "string" ? { _: v } : v)) : [];
}
function child(node: Node | undefined, ...path: string[]): Node | undefined {
  let current = node;
  for (const tag of path) current = children(current, tag)[0];
  return current;
}
function text(node: Node | undefined): string | undefined {
  return node?._;
}
/** Every element below `node` (depth first), with its tag name. */
function* walk(node: Node, tag = "OfficeApp"): Generator<[string, Node]> {
  yield [tag, node];
  for (const [key, value] of Object.entries(node)) {
    if (key === "$" || key === "_" || !Array.isArray(value)) continue;
    for (const item of value) if (item && typeof item === "object") yield* walk(item as Node, key);
  }
}

async function parse(xml: string): Promise<Node> {
  const doc = (await parseStringPromise(xml)) as { OfficeApp?: Node };
  if (!doc.OfficeApp) throw new Error("root element is not OfficeApp");
  return doc.OfficeApp;
}

/** Resource ids by kind, from VersionOverrides/Resources. */
function resources(app: Node) {
  const res = child(app, "VersionOverrides", "Resources");
  const ids = (group: string, tag: string) =>
    new Map(children(child(res, group), tag).map((n) => [n.$!.id, n] as [string, Node]));
  return {
    images: ids("bt:Images", "bt:Image"),
    urls: ids("bt:Urls", "bt:Url"),
    shortStrings: ids("bt:ShortStrings", "bt:String"),
    longStrings: ids("bt:LongStrings", "bt:String"),
  };
}

/** Every URL the manifest declares (DefaultValue / Value / element text that starts with a scheme). */
function urls(app: Node): string[] {
  const found: string[] = [];
  for (const [, node] of walk(app)) {
    for (const value of [node.$?.DefaultValue, node.$?.Value, node._]) {
      if (value && /^[a-z]+:\/\//i.test(value.trim())) found.push(value.trim());
    }
  }
  return found;
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const xml = readFileSync(MANIFEST, "utf8");

describe("manifest.xml", () => {
  let app: Node;
  beforeAll(async () => {
    app = await parse(xml);
  });

  it("parses as an Office add-in manifest", () => {
    expect(app.$!.xmlns).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
  });

  // Without xmllint this is listed as NOT RUN, never passed silently.
  describeWith("xmllint", "with xmllint", () => {
    it("is well-formed XML", () => {
      const run = spawnSync("xmllint", ["--noout", MANIFEST], { encoding: "utf8" });
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
    });
  });

  it("is a task pane add-in for Excel with a GUID id and an n.n.n.n version", () => {
    expect(app.$!["xsi:type"]).toBe("TaskPaneApp");
    expect(text(child(app, "Id"))).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(text(child(app, "Version"))).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(children(child(app, "Hosts"), "Host").map((h) => h.$!.Name)).toEqual(["Workbook"]);
  });

  it("asks for the least permission the features need: ReadWriteDocument", () => {
    expect(text(child(app, "Permissions"))).toBe("ReadWriteDocument");
  });

  it("has an English name and description with fr-fr overrides", () => {
    for (const tag of ["DisplayName", "Description"]) {
      const node = child(app, tag)!;
      expect(node.$!.DefaultValue.length).toBeGreaterThan(0);
      const fr = children(node, "Override").find((o) => o.$!.Locale === "fr-fr");
      expect(fr?.$!.Value).toBeTruthy();
      expect(fr!.$!.Value).not.toBe(node.$!.DefaultValue);
    }
  });

  it("gives every French text to the French-speaking locales Office distinguishes: fr-FR, fr-BE, fr-CH, fr-CA, fr-LU", () => {
    const groups = [...walk(app)].filter(
      ([, node]) => [...children(node, "Override"), ...children(node, "bt:Override")].length > 0,
    );
    expect(groups.length).toBeGreaterThanOrEqual(8);
    for (const [tag, node] of groups) {
      const overrides = [...children(node, "Override"), ...children(node, "bt:Override")].map((o) => o.$!);
      const french = overrides.find((o) => o.Locale === "fr-fr")!.Value;
      expect({ tag, overrides }).toEqual({
        tag,
        overrides: FRENCH_LOCALES.map((Locale) => ({ Locale, Value: french })),
      });
    }
  });

  it("requires what the code uses: the shared runtime, CustomFunctionsRuntime 1.3 (error codes), ExcelApi 1.9 (validation 1.8, RangeAreas 1.9)", () => {
    const sets = children(child(app, "Requirements", "Sets"), "Set").map((s) => `${s.$!.Name} ${s.$!.MinVersion}`);
    expect(sets).toEqual(["SharedRuntime 1.1", "CustomFunctionsRuntime 1.3", "ExcelApi 1.9"]);
  });

  it("defines every resid it uses, with the right kind of resource", () => {
    const res = resources(app);
    const all = new Map([...res.images, ...res.urls, ...res.shortStrings, ...res.longStrings]);
    const used: [string, string][] = [];
    for (const [tag, node] of walk(app)) if (node.$?.resid) used.push([tag, node.$.resid]);
    expect(used.length).toBeGreaterThan(10);
    for (const [tag, resid] of used) {
      expect({ tag, resid, defined: all.has(resid) }).toEqual({ tag, resid, defined: true });
      const kind =
        tag === "bt:Image"
          ? res.images
          : tag === "Description"
            ? res.longStrings
            : ["Label", "Title"].includes(tag)
              ? res.shortStrings
              : res.urls;
      expect({ tag, resid, rightKind: kind.has(resid) }).toEqual({ tag, resid, rightKind: true });
    }
    // Resource ids are unique across kinds (the schema requires it).
    const total = res.images.size + res.urls.size + res.shortStrings.size + res.longStrings.size;
    expect(all.size).toBe(total);
  });

  it("runs task pane, functions and ribbon on one page (consistent shared-runtime resids)", () => {
    const host = child(app, "VersionOverrides", "Hosts", "Host")!;
    const runtime = child(host, "Runtimes", "Runtime")!;
    expect(runtime.$).toEqual({ resid: "Taskpane.Url", lifetime: "long" });
    const functions = children(child(host, "AllFormFactors"), "ExtensionPoint").find(
      (e) => e.$!["xsi:type"] === "CustomFunctions",
    )!;
    expect(child(functions, "Page", "SourceLocation")!.$!.resid).toBe(runtime.$!.resid);
    expect(child(host, "DesktopFormFactor", "FunctionFile")!.$!.resid).toBe(runtime.$!.resid);
    const actions = [...walk(host)].filter(([tag, n]) => tag === "Action" && n.$!["xsi:type"] === "ShowTaskpane");
    expect(actions.length).toBeGreaterThan(0);
    for (const [, action] of actions) expect(child(action, "SourceLocation")!.$!.resid).toBe(runtime.$!.resid);
    // The page Office opens by default is the same page.
    const pageUrl = resources(app).urls.get(runtime.$!.resid)!.$!.DefaultValue;
    expect(child(app, "DefaultSettings", "SourceLocation")!.$!.DefaultValue).toBe(pageUrl);
  });

  it("has no function namespace (users type =COST_ETP(…))", () => {
    expect(xml).not.toMatch(/<Namespace\b/);
  });

  it("serves the functions metadata, with French-locale overrides to functions-fr.json", () => {
    const metadata = resources(app).urls.get("Functions.Metadata.Url")!;
    expect(metadata.$!.DefaultValue).toBe(`${DEV_BASE}functions.json`);
    const override = children(metadata, "bt:Override");
    expect(override.map((o) => o.$)).toEqual(
      FRENCH_LOCALES.map((Locale) => ({ Locale, Value: `${DEV_BASE}functions-fr.json` })),
    );
  });

  it("uses https for every URL", () => {
    const all = urls(app);
    expect(all.length).toBeGreaterThan(5);
    for (const url of all) expect(url).toMatch(/^https:\/\//);
  });

  it("points its icons at PNG files in assets/ of the declared size", () => {
    const res = resources(app);
    const declared = new Map<string, number>(); // file name -> expected size
    for (const [, node] of walk(app)) {
      if (node.$?.size && node.$.resid) {
        const url = res.images.get(node.$.resid)!.$!.DefaultValue;
        declared.set(url, Number(node.$.size));
      }
    }
    declared.set(child(app, "IconUrl")!.$!.DefaultValue, 32);
    declared.set(child(app, "HighResolutionIconUrl")!.$!.DefaultValue, 64);
    for (const [url, size] of declared) {
      expect(url.startsWith(`${DEV_BASE}assets/`)).toBe(true);
      const file = join(ROOT, "assets", url.slice(`${DEV_BASE}assets/`.length));
      expect({ file, exists: existsSync(file) }).toEqual({ file, exists: true });
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });

  it("refers only to files the build writes to dist/ (run npm run build first)", () => {
    const local = urls(app)
      .filter((u) => u.startsWith(DEV_BASE))
      .map((u) => u.slice(DEV_BASE.length));
    expect(local).toEqual(
      expect.arrayContaining(["taskpane.html", "functions.js", "functions.json", "functions-fr.json"]),
    );
    for (const file of new Set(local)) {
      const built = join(ROOT, "dist", file);
      expect({ built, exists: existsSync(built) }).toEqual({ built, exists: true });
    }
  });
});

describe("production build of the manifest (webpack --env url=…)", () => {
  const PROD = "https://addins.example.org/suivi/";

  /**
   * Evaluates webpack.config.js as webpack does (plain node, not jest's module system) and applies the
   * transform its copy step gives manifest.xml. Prints the result, or the error message.
   */
  function viaConfig(code: string): { status: number | null; stdout: string; stderr: string } {
    const script = `
      const configure = require("./webpack.config.js");
      (async () => { ${code} })().catch((e) => { process.stderr.write(String(e && e.message)); process.exit(3); });`;
    return spawnSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" });
  }

  function builtManifest(url: string, mode: string): string {
    const run = viaConfig(`
      const config = await configure({ url: ${JSON.stringify(url)} }, { mode: ${JSON.stringify(mode)} });
      const patterns = config.plugins.flatMap((p) => (p.patterns ? p.patterns : []));
      const pattern = patterns.find((p) => typeof p === "object" && p.from === "manifest.xml");
      const out = pattern.transform(require("node:fs").readFileSync("manifest.xml"));
      process.stdout.write(out.toString());`);
    expect(run.stderr.replace(/^\[manifest\].*\n?/gm, "")).toBe("");
    expect(run.status).toBe(0);
    return run.stdout;
  }

  it("rewrites every localhost URL, not only the first", async () => {
    const before = xml.split(DEV_BASE).length - 1;
    expect(before).toBeGreaterThan(5);
    const built = builtManifest(PROD, "production");
    expect(built).not.toContain("localhost");
    expect(built.split(PROD).length - 1).toBe(before);
    const app = await parse(built);
    for (const url of urls(app)) expect(url.startsWith(PROD)).toBe(true);
  });

  it("adds the missing final slash and refuses a URL that is not https", () => {
    expect(builtManifest("https://addins.example.org/suivi", "production")).toContain(`${PROD}taskpane.html`);
    const http = viaConfig(`await configure({ url: "http://addins.example.org/" }, { mode: "production" });`);
    expect(http.status).toBe(3);
    expect(http.stderr).toMatch(/https/);
    const bare = viaConfig(`await configure({ url: "addins.example.org" }, { mode: "production" });`);
    expect(bare.status).toBe(3);
    expect(bare.stderr).toMatch(/not a URL/);
  });

  it("leaves the development manifest untouched", () => {
    expect(builtManifest(PROD, "development")).toBe(xml);
  });
});
