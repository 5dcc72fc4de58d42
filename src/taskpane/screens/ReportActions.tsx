import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { CheckReport } from "../../core/findings";
import { t } from "../../i18n";
import "../../i18n/areas/check";
import { loadFileMode, offerDownload, XLSX_MIME } from "../files";
import { useAsyncAction } from "../hooks";
import { NoticeBar, failureNotice } from "../TechnicalDetails";
import { shownDate } from "./Home";

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** The check's report saved as a workbook (one row per finding) or printed, besides its JSON. */
export function ReportActions({ report, file, today }: { report: CheckReport; file: string; today: string }) {
  const styles = useStyles();
  // A report that cannot be made says so (it was an unhandled rejection, seen by no one).
  const { busy, failure, run } = useAsyncAction<void>();
  const name = `${file.replace(/\.xlsx$/i, "")}-verification.xlsx`;
  const save = () =>
    run(
      async () => {
        const bytes = await (
          await loadFileMode()
        ).reportWorkbook(report, t("report.title", { file, date: shownDate(today) }));
        offerDownload(name, bytes, XLSX_MIME);
      },
      (reason) => t("screen.check.actionFailed", { reason }),
    );
  return (
    <>
      <div className={styles.buttons}>
        <Button disabled={busy} onClick={() => void save()}>
          {t("report.downloadXlsx")}
        </Button>
        <Button onClick={() => window.print()}>{t("report.print")}</Button>
      </div>
      <NoticeBar notice={failureNotice(failure)} />
    </>
  );
}
