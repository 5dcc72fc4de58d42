/**
 * The one table of user-facing text, French first, English second, composed of one module per area
 * (areas/: the pane's shell, each screen, the check's findings, the custom functions, the command
 * line, Excel's errors…). Keys keep their area's prefixes (`home.`, `check.`, `fn.`, `cli.` …).
 * The whole table is for types, tests and tools (the command line, the build's functions-fr.json);
 * at run time `t()` reads the areas the running code imported (see area.ts).
 * Text only the French workbook holds is not here: it lives with the plans (src/core/plan-text.ts,
 * src/core/evaluation/sheet-text.ts).
 */
import type { AreaTexts } from "./area";
import { BUILD_TEXT } from "./areas/build";
import { CHECK_TEXT } from "./areas/check";
import { CLI_TEXT } from "./areas/cli";
import { COMMON_TEXT } from "./areas/common";
import { CONVENTION_TEXT } from "./areas/convention";
import { DASHBOARD_TEXT } from "./areas/dashboard";
import { ENTRY_TEXT } from "./areas/entry";
import { EVALUATION_TEXT } from "./areas/evaluation";
import { FILES_TEXT } from "./areas/files";
import { FUNCTION_ERRORS_TEXT } from "./areas/function-errors";
import { FUNCTIONS_TEXT } from "./areas/functions";
import { HOME_TEXT } from "./areas/home";
import { IMPORT_TEXT } from "./areas/import";
import { NOTICE_TEXT } from "./areas/notice";
import { OFFICE_TEXT } from "./areas/office";
import { OPEN_TEXT } from "./areas/open";
import { SETTINGS_TEXT } from "./areas/settings";
import { SHELL_TEXT } from "./areas/shell";

/** Every area, once. */
export const AREAS = [
  COMMON_TEXT,
  SHELL_TEXT,
  NOTICE_TEXT,
  OFFICE_TEXT,
  OPEN_TEXT,
  FILES_TEXT,
  HOME_TEXT,
  ENTRY_TEXT,
  SETTINGS_TEXT,
  CONVENTION_TEXT,
  CHECK_TEXT,
  IMPORT_TEXT,
  BUILD_TEXT,
  EVALUATION_TEXT,
  DASHBOARD_TEXT,
  FUNCTIONS_TEXT,
  FUNCTION_ERRORS_TEXT,
  CLI_TEXT,
] as const;

/** Keys that two areas both hold: each area against every area after it. */
type Collisions<A extends readonly AreaTexts[]> = A extends readonly [
  infer First,
  ...infer Rest extends readonly AreaTexts[],
]
  ? (keyof First & { [I in keyof Rest]: keyof Rest[I] }[number]) | Collisions<Rest>
  : never;
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/**
 * A key in two areas fails to compile here, naming the key: the table would otherwise keep whichever
 * area comes last, and `t()` whichever was loaded first.
 */
const noKeyInTwoAreas: [Collisions<typeof AREAS>] extends [never] ? true : Collisions<typeof AREAS> = true;
void noKeyInTwoAreas;

function compose<A extends readonly AreaTexts[]>(areas: A): UnionToIntersection<A[number]> {
  return Object.assign({}, ...areas);
}

export const STRINGS = compose(AREAS);

export type StringKey = keyof typeof STRINGS & string;
