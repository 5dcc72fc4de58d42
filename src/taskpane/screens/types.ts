import type { ComponentType } from "react";
import type { StringKey } from "../../i18n";
import type { HostInfo } from "../office";

/** What every screen receives from the shell. */
export interface ScreenProps {
  host: HostInfo;
}

/** One tab of the task pane: its id (stable, used as the tab value), its label and its screen. */
export interface ScreenEntry {
  id: string;
  labelKey: StringKey;
  Component: ComponentType<ScreenProps>;
}
