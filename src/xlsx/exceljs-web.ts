/**
 * ExcelJS for the task pane in a browser (webpack aliases "exceljs" to this file), assembled from
 * the package's own sources rather than its prebuilt dist bundle: our patches (exceljs-patches.ts)
 * and the Table class used by workbook.ts reach into those sources, and a
 * prebuilt bundle keeps private copies that the patches would never touch. Without them, a
 * validation on "A2:A1048576" is expanded into a million objects on read.
 * The same two modules as the package's lib/exceljs.browser.js, without its legacy polyfills.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const Enums = require("exceljs/lib/doc/enums");
const Workbook = require("exceljs/lib/doc/workbook");

export default { Workbook, ...Enums };
