import {
  Button,
  Caption1,
  FluentProvider,
  Overflow,
  OverflowItem,
  Spinner,
  Subtitle1,
  Tab,
  TabList,
  makeStyles,
  tokens,
  useOverflowMenu,
} from "@fluentui/react-components";
import { Suspense, lazy, useEffect, useState } from "react";
import { t } from "../i18n";
import "../i18n/areas/shell";
import type { HostInfo } from "./office";
import { SCREENS, type ScreenEntry } from "./screens";

// Only outside Excel: not part of what the pane downloads inside Excel.
const NoOfficeNotice = lazy(() =>
  import(/* webpackChunkName: "browser-notice" */ "./NoOfficeNotice").then((m) => ({ default: m.NoOfficeNotice })),
);
// The "Plus" menu of the tab row comes after the first paint (see that file).
const TabsMenu = lazy(() =>
  import(/* webpackChunkName: "tabs-menu" */ "./TabsMenu").then((m) => ({ default: m.TabsMenu })),
);
import { FLUENT_THEMES, usePaneTheme, type ThemeKind } from "./theme";

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  titles: { display: "flex", flexDirection: "column" },
  // One row whatever the pane's width: tabs that do not fit go into the "Plus" menu at its end.
  tabs: { minWidth: 0, overflow: "hidden", flexWrap: "nowrap" },
  provider: {
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
});

/** The screens offered on this host, and the one to open first. */
export function screensFor(host: HostInfo): { screens: readonly ScreenEntry[]; first: string } {
  const screens = SCREENS.filter((entry) => !entry.excelOnly || host.kind === "excel");
  return { screens, first: screens[0]?.id ?? "" };
}

/** The shell: a header, a short note when opened outside Excel, and one tab per registered screen. */
export function App({ host, theme }: { host: HostInfo; theme?: ThemeKind }) {
  const styles = useStyles();
  const followed = usePaneTheme();
  const kind = theme ?? followed;
  const { screens, first } = screensFor(host);
  const [selected, setSelected] = useState<string>(first);
  const screen = screens.find((entry) => entry.id === selected) ?? screens[0];
  useEffect(() => {
    document.documentElement.dataset.theme = kind;
  }, [kind]);

  return (
    <FluentProvider theme={FLUENT_THEMES[kind]} className={styles.provider}>
      <main className={styles.page}>
        <header className={styles.header}>
          <img src="assets/icon-32.png" width={32} height={32} alt="" />
          <div className={styles.titles}>
            <Subtitle1 as="h1">{t("app.title")}</Subtitle1>
            <Caption1>{t("app.subtitle")}</Caption1>
          </div>
        </header>
        {host.kind === "none" && (
          <Suspense fallback={null}>
            <NoOfficeNotice />
          </Suspense>
        )}
        <Overflow minimumVisible={2}>
          <TabList
            className={styles.tabs}
            size="small"
            aria-label={t("app.tabs.label")}
            selectedValue={screen?.id}
            onTabSelect={(_, data) => setSelected(String(data.value))}
          >
            {screens.map((entry) => (
              <OverflowItem key={entry.id} id={entry.id} priority={entry.id === screen?.id ? 2 : 1}>
                <Tab value={entry.id}>{t(entry.labelKey)}</Tab>
              </OverflowItem>
            ))}
            <MoreTabs screens={screens} onSelect={setSelected} />
          </TabList>
        </Overflow>
        <Suspense fallback={<Spinner size="tiny" label={t("app.loading")} />}>
          {screen && <screen.Component host={host} navigate={setSelected} />}
        </Suspense>
      </main>
    </FluentProvider>
  );
}

/** The tabs that do not fit, in a menu at the end of the tab row (absent when they all fit). */
function MoreTabs({ screens, onSelect }: { screens: readonly ScreenEntry[]; onSelect: (id: string) => void }) {
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  // Until the menu's code arrives, the same button holds its place in the row (and its width).
  const placeholder = (
    <Button
      ref={ref}
      role="tab"
      size="small"
      appearance="transparent"
      aria-label={t("app.tabs.more", { label: t("app.tabs.moreShort"), count: overflowCount })}
    >
      {t("app.tabs.moreShort")}
    </Button>
  );
  return (
    <Suspense fallback={placeholder}>
      <TabsMenu screens={screens} onSelect={onSelect} buttonRef={ref} overflowCount={overflowCount} />
    </Suspense>
  );
}
