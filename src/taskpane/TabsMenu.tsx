// The "Plus" menu of the tab row, in its own chunk: the menu and its positioning code are about a
// sixth of the pane's first download, and nobody opens the menu before the home screen is shown.
import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  useIsOverflowItemVisible,
} from "@fluentui/react-components";
import type { Ref } from "react";
import { t } from "../i18n";
import "../i18n/areas/shell";
import type { ScreenEntry } from "./screens";

export interface TabsMenuProps {
  screens: readonly ScreenEntry[];
  onSelect: (id: string) => void;
  /** The overflow's measuring ref: the row keeps room for this button. */
  buttonRef: Ref<HTMLButtonElement>;
  overflowCount: number;
}

/** The button's accessible name: "Plus" and how many tabs the menu holds. */
const moreLabel = (count: number): string => t("app.tabs.more", { label: t("app.tabs.moreShort"), count });

export function TabsMenu({ screens, onSelect, buttonRef, overflowCount }: TabsMenuProps) {
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        {/* A tab of the tab list (role) that opens a menu: the list keeps only tabs as children. */}
        <Button ref={buttonRef} role="tab" size="small" appearance="transparent" aria-label={moreLabel(overflowCount)}>
          {t("app.tabs.moreShort")}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {screens.map((entry) => (
            <HiddenTab key={entry.id} entry={entry} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

function HiddenTab({ entry, onSelect }: { entry: ScreenEntry; onSelect: (id: string) => void }) {
  const visible = useIsOverflowItemVisible(entry.id);
  if (visible) return null;
  return <MenuItem onClick={() => onSelect(entry.id)}>{t(entry.labelKey)}</MenuItem>;
}
