// Work-around for the installed tree: ajv-keywords 5 (used by webpack's schema-utils, hence by
// copy-webpack-plugin and webpack-dev-server) and ajv-draft-04 (used by office-addin-manifest) need
// ajv 8, but npm hoisted ajv 6 next to them (ESLint needs 6; .npmrc has legacy-peer-deps, so the
// peer is not installed beside them). Requests such as "ajv/dist/core" then fail. Node looks in
// NODE_PATH after node_modules, so adding a folder holding ajv 8 fixes only the paths ajv 6 lacks.
// The proper fix is in package.json (an "overrides" entry or a direct ajv 8 install): then this does nothing.
"use strict";
const Module = require("node:module");
const path = require("node:path");

/** The node_modules folder of an installed ajv 8, or undefined. */
function findAjv8Folder() {
  for (const owner of ["schema-utils", "@microsoft/app-manifest", "ajv-formats"]) {
    try {
      const ownerDir = path.dirname(require.resolve(`${owner}/package.json`));
      const manifest = require.resolve("ajv/package.json", { paths: [ownerDir] });
      if (require(manifest).version.startsWith("8.")) return path.dirname(path.dirname(manifest));
    } catch {
      // that owner is not installed here: try the next one
    }
  }
  return undefined;
}

/** Adds the fallback to this process and to the children it spawns (via NODE_PATH). No-op when not needed. */
function installAjv8Fallback() {
  let hoisted;
  try {
    hoisted = require("ajv/package.json").version;
  } catch {
    hoisted = undefined;
  }
  if (hoisted && hoisted.startsWith("8.")) return undefined;
  const folder = findAjv8Folder();
  if (!folder) return undefined;
  const current = (process.env.NODE_PATH ?? "").split(path.delimiter).filter(Boolean);
  if (!current.includes(folder)) {
    process.env.NODE_PATH = [...current, folder].join(path.delimiter);
    Module._initPaths();
  }
  return folder;
}

module.exports = { installAjv8Fallback };
