import { BuildScreen } from "./Build";
import { CheckScreen } from "./Check";
import { DashboardScreen } from "./Dashboard";
import { EvaluateScreen } from "./Evaluate";
import { FunctionsScreen } from "./FunctionsScreen";
import { ImportScreen } from "./Import";
import type { ScreenEntry } from "./types";

export type { ScreenEntry, ScreenProps } from "./types";

/**
 * The task pane's tabs, in display order. A new screen is one component in this folder plus one line
 * here (and its label key in the i18n table).
 */
export const SCREENS: readonly ScreenEntry[] = [
  { id: "functions", labelKey: "app.tab.functions", Component: FunctionsScreen },
  { id: "build", labelKey: "screen.build.tab", Component: BuildScreen },
  { id: "check", labelKey: "screen.check.tab", Component: CheckScreen },
  { id: "import", labelKey: "screen.import.tab", Component: ImportScreen },
  { id: "evaluate", labelKey: "screen.eval.tab", Component: EvaluateScreen },
  { id: "dashboard", labelKey: "screen.dash.tab", Component: DashboardScreen },
];
