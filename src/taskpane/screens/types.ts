import type { ComponentType } from "react";
import type { PlainKey } from "../../i18n";
import type { HostInfo } from "../office";

/** What every screen receives from the shell. */
export interface ScreenProps {
  host: HostInfo;
  /** Opens another tab by its id (the home screen's "one action that matters now"). */
  navigate?: (id: string) => void;
}

/** One tab of the task pane: its id (stable, used as the tab value), its label and its screen. */
export interface ScreenEntry {
  id: string;
  labelKey: PlainKey;
  Component: ComponentType<ScreenProps>;
  /** Shown only inside Excel (a screen with nothing to do on a file). */
  excelOnly?: boolean;
}
