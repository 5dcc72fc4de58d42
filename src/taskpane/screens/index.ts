import { lazy } from "react";
import { HomeScreen } from "./Home";
import type { ScreenEntry } from "./types";
import "../../i18n/areas/shell";

export type { ScreenEntry, ScreenProps } from "./types";

// Only the home screen is in the first download; each other screen (and the Fluent components only it
// uses) comes when its tab is first opened, so the pane inside Excel starts with less JavaScript.
const QuickEntryScreen = lazy(() =>
  import(/* webpackChunkName: "screen-entry" */ "./QuickEntry").then((m) => ({ default: m.QuickEntryScreen })),
);
const CheckScreen = lazy(() =>
  import(/* webpackChunkName: "screen-check" */ "./Check").then((m) => ({ default: m.CheckScreen })),
);
const ImportScreen = lazy(() =>
  import(/* webpackChunkName: "screen-import" */ "./Import").then((m) => ({ default: m.ImportScreen })),
);
const BuildScreen = lazy(() =>
  import(/* webpackChunkName: "screen-build" */ "./Build").then((m) => ({ default: m.BuildScreen })),
);
const EvaluateScreen = lazy(() =>
  import(/* webpackChunkName: "screen-evaluate" */ "./Evaluate").then((m) => ({ default: m.EvaluateScreen })),
);
const DashboardScreen = lazy(() =>
  import(/* webpackChunkName: "screen-dashboard" */ "./Dashboard").then((m) => ({ default: m.DashboardScreen })),
);
const SettingsScreen = lazy(() =>
  import(/* webpackChunkName: "screen-settings" */ "./Settings").then((m) => ({ default: m.SettingsScreen })),
);
const FunctionsScreen = lazy(() =>
  import(/* webpackChunkName: "screen-functions" */ "./FunctionsScreen").then((m) => ({ default: m.FunctionsScreen })),
);

/**
 * The task pane's tabs, in display order. A new screen is one component in this folder plus one line
 * here (and its label key in the i18n table).
 */
export const SCREENS: readonly ScreenEntry[] = [
  { id: "home", labelKey: "app.tab.home", Component: HomeScreen },
  { id: "entry", labelKey: "app.tab.entry", Component: QuickEntryScreen },
  { id: "check", labelKey: "app.tab.check", Component: CheckScreen },
  { id: "import", labelKey: "app.tab.import", Component: ImportScreen },
  { id: "evaluate", labelKey: "app.tab.evaluate", Component: EvaluateScreen },
  { id: "dashboard", labelKey: "app.tab.dashboard", Component: DashboardScreen },
  { id: "build", labelKey: "app.tab.build", Component: BuildScreen },
  { id: "settings", labelKey: "app.tab.settings", Component: SettingsScreen },
  { id: "functions", labelKey: "app.tab.functions", Component: FunctionsScreen },
];
