/**
 * The one table of user-facing text, French first, English second.
 * Each area keeps its keys together under a prefix (`app.`, `fn.`, `build.`, `check.`, `cli.` …).
 * `{name}` placeholders are filled by `t()`.
 */
export const STRINGS = {
  // --- app: the task pane shell ---
  "app.title": { fr: "Suivi de convention", en: "Convention tracking" },
  // --- end of table ---
} as const satisfies Record<string, { fr: string; en: string }>;

export type StringKey = keyof typeof STRINGS;
