import { useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle1,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { t } from "../i18n";
import type { HostInfo } from "./office";
import { SCREENS } from "./screens";

/** Pane width (CSS px) under which the tabs take two rows. */
export const TWO_ROW_TABS_BELOW_PX = 380;

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
  noOffice: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  // The disclosure sits flush with the notice's text, not indented like a page-level accordion.
  moreHeader: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  morePanel: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  // The four French labels need about 350 px on one line; in a narrower pane they would run off its
  // edge ("Impo…"), so there they go two by two, each tab half the width.
  tabs: {
    [`@media (max-width: ${TWO_ROW_TABS_BELOW_PX - 1}px)`]: {
      display: "grid",
      gridTemplateColumns: "1fr 1fr",
      rowGap: tokens.spacingVerticalXXS,
    },
  },
});

/** The shell: a header, a short note when opened outside Excel, and one tab per registered screen. */
export function App({ host }: { host: HostInfo }) {
  const styles = useStyles();
  const [selected, setSelected] = useState<string>(SCREENS[0]?.id ?? "");
  const screen = SCREENS.find((entry) => entry.id === selected) ?? SCREENS[0];

  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.page}>
        <header className={styles.header}>
          <img src="assets/icon-32.png" width={32} height={32} alt="" />
          <div className={styles.titles}>
            <Subtitle1 as="h1">{t("app.title")}</Subtitle1>
            <Caption1>{t("app.subtitle")}</Caption1>
          </div>
        </header>
        {host.kind === "none" && <NoOfficeNotice />}
        <TabList
          className={styles.tabs}
          size="small"
          aria-label={t("app.tabs.label")}
          selectedValue={screen?.id}
          onTabSelect={(_, data) => setSelected(String(data.value))}
        >
          {SCREENS.map((entry) => (
            <Tab key={entry.id} value={entry.id}>
              {t(entry.labelKey)}
            </Tab>
          ))}
        </TabList>
        {screen && <screen.Component host={host} />}
      </main>
    </FluentProvider>
  );
}

/**
 * Opened in a plain browser: one sentence on what works here, the rest behind "En savoir plus" so
 * that the tabs stay in sight in a narrow pane.
 */
function NoOfficeNotice() {
  const styles = useStyles();
  return (
    <MessageBar intent="info" layout="multiline" data-testid="no-office">
      <MessageBarBody className={styles.noOffice}>
        <MessageBarTitle>{t("app.noOffice.title")}</MessageBarTitle>
        <Body1>{t("app.noOffice.summary")}</Body1>
        <Accordion collapsible>
          <AccordionItem value="more">
            <AccordionHeader className={styles.moreHeader} size="small">
              {t("app.noOffice.more")}
            </AccordionHeader>
            <AccordionPanel className={styles.morePanel}>
              <Body1>{t("app.noOffice.what")}</Body1>
              <Body1>{t("app.noOffice.withoutExcel")}</Body1>
              <ul className={styles.list}>
                <li>{t("app.noOffice.list")}</li>
                <li>{t("file.noOffice.files")}</li>
                <li>{t("app.noOffice.cli", { command: "npx suivi-convention --help" })}</li>
              </ul>
              <Body1>{t("app.noOffice.load")}</Body1>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      </MessageBarBody>
    </MessageBar>
  );
}
