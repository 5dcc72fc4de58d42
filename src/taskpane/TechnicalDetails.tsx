import { useState } from "react";
import { Button, Caption1, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { t } from "../i18n";
import "../i18n/areas/office";
import { officeErrorInfo, technicalDetail } from "./office-error";

const useStyles = makeStyles({
  details: { marginTop: tokens.spacingVerticalXS },
  pre: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase100, whiteSpace: "pre-wrap", overflowWrap: "anywhere", margin: `${tokens.spacingVerticalXS} 0` },
});

/**
 * Under a failure's French sentence, what Excel reported (code, failing call, statement), folded away
 * and one click from the clipboard, for whoever supports the add-in. Nothing for other errors.
 */
export function TechnicalDetails({ error }: { error: unknown }) {
  const styles = useStyles();
  const [copied, setCopied] = useState(false);
  const info = officeErrorInfo(error);
  if (!info) return null;
  const detail = technicalDetail(info);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(detail);
      setCopied(true);
    } catch {
      // No clipboard (permissions): the text stays selectable above.
    }
  };
  return (
    <details className={styles.details}>
      <summary>{t("office.details")}</summary>
      <pre className={styles.pre} data-testid="technical-details">
        {detail}
      </pre>
      <Button size="small" onClick={() => void copy()}>
        {t("office.details.copy")}
      </Button>{" "}
      {copied && <Caption1 role="status">{t("office.details.copied")}</Caption1>}
    </details>
  );
}

/** The outcome of a screen's action; `error`, when kept, is what was thrown (its Office detail is shown). */
export type DetailedNotice = { intent: "success" | "error" | "warning"; text: string; error?: unknown } | null;

/** The outcome in a message bar (an alert for an error), with the technical detail of an Excel failure under it. */
export function NoticeBar({ notice }: { notice: DetailedNotice }) {
  if (!notice) return null;
  return (
    <MessageBar intent={notice.intent} role={notice.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>
        {notice.text}
        {notice.error !== undefined && <TechnicalDetails error={notice.error} />}
      </MessageBarBody>
    </MessageBar>
  );
}
