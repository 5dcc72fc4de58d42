/**
 * Where the convention handed to build, check or import comes from, as the user chose it:
 * - "preset": the built-in preset, nothing chosen. On an existing workbook the settings written in it
 *   win (period from Paramètres, lists from Listes); the preset only fills what cannot be read, so a
 *   workbook built for another period is never moved onto the preset's.
 * - "chosen": settings the user picked explicitly (a settings file, `--convention`, the settings
 *   screen). They are used as given, and a build writes them over the ones in Paramètres.
 * Decided at the edge (the pane's radio, the command line's option) and carried as is: never guessed
 * from the convention object itself (a copy of the preset is not a choice).
 */
export type SettingsSource = "preset" | "chosen";

/** The workbook's own settings are read back unless the user chose some. */
export const readsWorkbookSettings = (source: SettingsSource | undefined): boolean => source !== "chosen";

/** The command line's choice: `--convention <file>` given or not. */
export const settingsSourceOf = (conventionFile: string | undefined): SettingsSource =>
  conventionFile === undefined ? "preset" : "chosen";
