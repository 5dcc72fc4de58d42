// Runs first in taskpane.js, before React and Fluent UI are evaluated: inside Office the home screen
// reads the workbook at once, so its reading code (no check rules, no settings schema) is requested
// now, in parallel with that evaluation, rather than after it.
if (document.documentElement.dataset.host === "office") void import("../office/home");

export {};
