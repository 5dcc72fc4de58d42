import { Body1, Button, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { METZ_2021_2023 } from "../../core/convention";
import type { CheckReport } from "../../core/findings";
import { isCancelled } from "../../features/work";
import { t } from "../../i18n";
import "../../i18n/areas/check";
import { todayIso } from "../../office/actions";
import { loadFileMode, readChosenWorkbook } from "../files";
import { errorText } from "../hooks";
import { rememberCheck } from "../last-check";
import { NoticeBar, failureNotice, type Failure } from "../TechnicalDetails";
import { CancelledNote, WorkProgressBar, useWork } from "../work-ui";
import { CheckResult } from "./Check";
import { CliAlso, DownloadButton, FilePicker } from "./file-ui";
import { ReportActions } from "./ReportActions";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** The report's file name next to the workbook's: "suivi.xlsx" → "suivi-verification.json". */
export const reportName = (workbook: string): string => `${workbook.replace(/\.xlsx$/i, "")}-verification.json`;

/** "Vérifier" without Excel: check a chosen .xlsx (never changed), findings and a JSON report. */
export function FileCheckScreen() {
  const styles = useStyles();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [done, setDone] = useState<{ name: string; report: CheckReport; json: string } | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const work = useWork();

  const run = async () => {
    setDone(null);
    setFailure(null);
    setCancelled(false);
    if (!file) return setFailure({ text: t("file.check.chooseFirst") });
    setBusy(true);
    const control = work.start();
    try {
      const chosen = await readChosenWorkbook(file);
      const mode = await loadFileMode();
      // The workbook's own period and lists win; the preset only fills what it lacks (as the CLI does).
      const report = await mode.checkFile(chosen, METZ_2021_2023, todayIso(), control);
      setDone({ name: chosen.name, report, json: JSON.stringify(mode.reportJson(report), null, 2) });
      rememberCheck({ on: todayIso(), errors: report.summary.errors, warnings: report.summary.warnings });
    } catch (error) {
      if (isCancelled(error)) setCancelled(true);
      else setFailure({ text: t("screen.check.failed", { reason: errorText(error) }), error });
    } finally {
      setBusy(false);
      work.finish();
    }
  };

  return (
    <section className={styles.stack} aria-labelledby="file-check-intro">
      <Body1 id="file-check-intro">{t("file.check.intro")}</Body1>
      <FilePicker
        label={t("file.check.choose")}
        accept=".xlsx"
        testId="check-workbook"
        onFile={(chosen) => {
          setFile(chosen);
          setDone(null);
          setFailure(null);
          setCancelled(false);
        }}
      />
      <div>
        <Button appearance="primary" disabled={busy} onClick={() => void run()}>
          {t("screen.check.run")}
        </Button>
      </div>
      {busy &&
        (work.progress ? (
          <WorkProgressBar label={t("screen.check.running")} progress={work.progress} onCancel={work.cancel} />
        ) : (
          <Spinner size="tiny" label={t("screen.check.running")} />
        ))}
      {cancelled && <CancelledNote />}
      <NoticeBar notice={failureNotice(failure)} />
      {done && (
        <>
          <CheckResult report={done.report} />
          <DownloadButton
            name={reportName(done.name)}
            bytes={done.json}
            type="application/json"
            label={t("file.check.downloadReport", { file: reportName(done.name) })}
          />
          <ReportActions report={done.report} file={done.name} today={todayIso()} />
        </>
      )}
      <CliAlso command="suivi-convention check" />
    </section>
  );
}
