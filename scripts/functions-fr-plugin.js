// Webpack plugin: writes functions-fr.json, the French twin of the generated functions.json (and drops
// from both the data-type option the generator adds).
// The metadata generator only knows the JSDoc (English); Excel picks the French file through the
// manifest's fr-fr override of Functions.Metadata.Url. Descriptions come from the i18n table
// (`fn.<ID>.description`, `fn.<ID>.param.<name>`); a missing key fails the build so French users
// never see a half-translated list.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { WebpackError, sources, Compilation } = require("webpack");

const PLUGIN = "FunctionsFrPlugin";

/**
 * The generated metadata without `allowCustomDataForDataTypeAny`, which the generator always sets: the
 * functions use no data types, and the option needs a runtime Office 2021/2024 perpetual lacks.
 */
function withoutDataTypes(metadata) {
  const { allowCustomDataForDataTypeAny, ...rest } = metadata;
  void allowCustomDataForDataTypeAny;
  return rest;
}

/**
 * Pure transformation, exported for tests: the generated metadata with French descriptions,
 * plus the list of missing keys (empty when complete).
 * @param {{functions: Array<{id: string, description?: string, parameters?: Array<{name: string, description?:
 * string}>}>}} metadata
 * @param {Record<string, {fr: string, en: string}>} strings
 */
function translateMetadata(metadata, strings) {
  const missing = [];
  const french = (key) => {
    const entry = strings[key];
    if (!entry || typeof entry.fr !== "string" || entry.fr.trim() === "") {
      missing.push(key);
      return undefined;
    }
    return entry.fr;
  };
  const functions = metadata.functions.map((fn) => ({
    ...fn,
    description: french(`fn.${fn.id}.description`) ?? fn.description,
    parameters: (fn.parameters ?? []).map((param) => ({
      ...param,
      description: french(`fn.${fn.id}.param.${param.name}`) ?? param.description,
    })),
  }));
  return { json: { ...withoutDataTypes(metadata), functions }, missing };
}

class FunctionsFrPlugin {
  /**
   * @param {{ input?: string, output?: string, strings: string }} options `strings`: path of the i18n table (.ts),
   * composed of the modules of areas/ beside it.
   */
  constructor(options) {
    this.input = options.input ?? "functions.json";
    this.output = options.output ?? "functions-fr.json";
    this.strings = path.resolve(options.strings);
  }

  loadStrings() {
    // tsx compiles the TypeScript table on the fly, in a fresh namespace each call (watch mode sees edits).
    return require("tsx/cjs/api").require(this.strings, __filename).STRINGS;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      // The table is composed of the area modules next to it: an edit to any of them rewrites the file.
      compilation.fileDependencies.add(this.strings);
      const areas = path.join(path.dirname(this.strings), "areas");
      compilation.contextDependencies.add(areas);
      for (const file of fs.readdirSync(areas)) compilation.fileDependencies.add(path.join(areas, file));
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const generated = compilation.getAsset(this.input);
        if (!generated) {
          // The metadata plugin reports its own errors; without its output there is nothing to translate.
          if (compilation.errors.length === 0) {
            compilation.errors.push(new WebpackError(`${PLUGIN}: ${this.input} was not generated.`));
          }
          return;
        }
        let strings;
        try {
          strings = this.loadStrings();
        } catch (error) {
          compilation.errors.push(new WebpackError(`${PLUGIN}: cannot load ${this.strings}: ${error.message}`));
          return;
        }
        const english = withoutDataTypes(JSON.parse(generated.source.source().toString()));
        compilation.updateAsset(this.input, new sources.RawSource(JSON.stringify(english, null, 4)));
        const { json, missing } = translateMetadata(english, strings);
        if (missing.length > 0) {
          compilation.errors.push(
            new WebpackError(`${PLUGIN}: French text missing in the i18n table for: ${missing.join(", ")}`),
          );
          return;
        }
        compilation.emitAsset(this.output, new sources.RawSource(JSON.stringify(json, null, 2)));
      });
    });
  }
}

module.exports = { FunctionsFrPlugin, translateMetadata, withoutDataTypes };
