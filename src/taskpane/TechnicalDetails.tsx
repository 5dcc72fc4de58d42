import { useState } from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { t } from "../i18n";
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
