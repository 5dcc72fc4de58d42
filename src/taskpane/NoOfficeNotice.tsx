import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { t } from "../i18n";
import "../i18n/areas/notice";
import { Command } from "./command";

const useStyles = makeStyles({
  noOffice: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  // The disclosure sits flush with the notice's text, not indented like a page-level accordion.
  moreHeader: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  morePanel: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * Opened in a plain browser: one sentence on what works here, the rest behind "En savoir plus" so
 * that the tabs stay in sight in a narrow pane.
 */
export function NoOfficeNotice() {
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
                <li>{t("app.noOffice.files")}</li>
                <li>
                  <Command
                    text={t("app.noOffice.cli", { command: "{command}" })}
                    command="npx suivi-convention --help"
                  />
                </li>
              </ul>
              <Body1>{t("app.noOffice.load")}</Body1>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      </MessageBarBody>
    </MessageBar>
  );
}
