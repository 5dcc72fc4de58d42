#!/usr/bin/env node
"use strict";
// The command runs the compiled TypeScript (built by `npm install` through the prepare script).
const { existsSync } = require("node:fs");
const { join } = require("node:path");
const entry = join(__dirname, "..", "dist", "node", "cli", "process.js");
if (!existsSync(entry)) {
  process.stderr.write("suivi-convention n'est pas compilé : lancez « npm install » ou « npm run build ».\n");
  process.exit(2);
}
require(entry).runFromProcess();
