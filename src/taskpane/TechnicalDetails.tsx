import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { forwardRef, useState } from "react";
import { t } from "../i18n";
import "../i18n/areas/office";
import { officeErrorInfo, technicalDetail } from "./office-error";

const useStyles = makeStyles({
  details: { marginTop: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  pre: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase100,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    margin: `${tokens.spacingVerticalXS} 0`,
  },
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
    // A click here opens or copies the detail: it is not a click on the notice (which may dismiss it).
    <details className={styles.details} onClick={(event) => event.stopPropagation()}>
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

/**
 * The outcome of a screen's action: its sentence, lines under it (what is wrong with a file), and for a
 * failure what was thrown, whose Excel detail (code, failing call) is kept one click away.
 */
export type DetailedNotice = {
  intent: "success" | "error" | "warning";
  text: string;
  details?: readonly string[];
  error?: unknown;
} | null;

/** A failure before it is shown: its sentence, and what was thrown when something was. */
export interface Failure {
  text: string;
  details?: readonly string[];
  error?: unknown;
}

/** A failure as the notice the screen shows. */
export const failureNotice = (failure: Failure | null): DetailedNotice =>
  failure ? { intent: "error", ...failure } : null;

/**
 * The outcome in a message bar (an alert for an error), the lines under it, and the technical detail
 * of an Excel failure: every screen says its outcome through this one bar.
 */
export const NoticeBar = forwardRef<
  HTMLDivElement,
  { notice: DetailedNotice; className?: string; onClick?: () => void; testId?: string }
>(function NoticeBar({ notice, className, onClick, testId }, ref) {
  const styles = useStyles();
  if (!notice) return null;
  const details = notice.details ?? [];
  const detailed = notice.error !== undefined && officeErrorInfo(notice.error) !== null;
  return (
    <MessageBar
      ref={ref}
      className={className}
      onClick={onClick}
      data-testid={testId}
      intent={notice.intent}
      layout={details.length > 0 || detailed ? "multiline" : "auto"}
      role={notice.intent === "error" ? "alert" : "status"}
    >
      <MessageBarBody>
        {details.length > 0 ? <MessageBarTitle>{notice.text}</MessageBarTitle> : notice.text}
        {details.length > 0 && (
          <ul className={styles.list}>
            {details.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        )}
        {detailed && <TechnicalDetails error={notice.error} />}
      </MessageBarBody>
    </MessageBar>
  );
});
