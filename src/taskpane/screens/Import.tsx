import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { TRACKING_TABLE } from "../../core/contract";
import { METZ_2021_2023 } from "../../core/convention";
import type { ImportProblem } from "../../core/import/types";
import type { ImportReport } from "../../features/import";
import { checkpoint, isCancelled } from "../../features/work";
import { msg, say, t } from "../../i18n";
import "../../i18n/areas/check";
import "../../i18n/areas/import";
import { todayIso } from "../../office/actions";
import { importIntoExcel } from "../excel-import";
import { loadFileMode, readChosen, readChosenWorkbook, type ChosenFile } from "../files";
import { errorText } from "../hooks";
import { NoticeBar, failureNotice, type Failure } from "../TechnicalDetails";
import { CancelledNote, WorkProgressBar, useWork } from "../work-ui";
import { CliAlso, FilePicker, WorkbookDownload } from "./file-ui";
import type { ScreenProps } from "./types";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
});

/** Sources importRows reads: CSV (or .txt saved as CSV) and .xlsx. */
export const isImportable = (name: string): boolean => /\.(csv|txt|xlsx)$/i.test(name);

const sameBytes = (a: ChosenFile, b: ChosenFile): boolean =>
  a.bytes.length === b.bytes.length && a.bytes.every((byte, i) => byte === b.bytes[i]);

type Outcome = { source: string; report: ImportReport; output: ChosenFile | null };

/**
 * The import feature's messages are the command line's ("run suivi-convention build"); in the pane
 * the missing table is repaired from the Construire tab, so the message says that instead.
 */
export function forThePane(report: ImportReport, inExcel: boolean): ImportReport {
  // The command line says to run `build`; the pane names its own tab for the same code.
  const tableMissing = msg(inExcel ? "screen.import.tableMissingExcel" : "screen.import.tableMissing", {
    table: TRACKING_TABLE,
  });
  return {
    ...report,
    problems: report.problems.map((problem) =>
      problem.code === "TABLE_MISSING" && problem.line === null ? { ...problem, text: tableMissing } : problem,
    ),
  };
}

/** "Importer": rows of a CSV or .xlsx file appended to the Suivi table (open workbook, or a file's copy). */
export function ImportScreen({ host }: ScreenProps) {
  const styles = useStyles();
  const inExcel = host.kind === "excel";
  const [target, setTarget] = useState<File | null>(null);
  const [source, setSource] = useState<File | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [done, setDone] = useState<Outcome | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const work = useWork();

  const reset = () => {
    setDone(null);
    setFailure(null);
    setCancelled(false);
  };

  const run = async () => {
    reset();
    if (!inExcel && !target) return setFailure({ text: t("file.import.targetFirst") });
    if (!source) return setFailure({ text: t("file.import.sourceFirst") });
    if (!isImportable(source.name)) return setFailure({ text: t("import.sourceKind", { file: source.name }) });
    setBusy(true);
    const control = work.start();
    try {
      const rows = await readChosen(source);
      const options = { skipInvalid, convention: METZ_2021_2023, today: todayIso(), work: control };
      const mode = await loadFileMode();
      if (inExcel) {
        const read = await mode.importSource(rows);
        // The source is read (nothing written yet): a cancel is still safe here.
        await checkpoint(control, 0);
        setDone({ source: rows.name, report: forThePane(await importIntoExcel(read, options), true), output: null });
        return;
      }
      const workbook = await readChosenWorkbook(target as File);
      if (sameBytes(workbook, rows)) return setFailure({ text: t("import.sameFile") });
      const { report, output } = await mode.importFile(workbook, rows, options);
      setDone({ source: rows.name, report: forThePane(report, false), output });
    } catch (error) {
      if (isCancelled(error)) setCancelled(true);
      else setFailure({ text: t("file.import.failed", { reason: errorText(error) }), error });
    } finally {
      setBusy(false);
      work.finish();
    }
  };

  return (
    <section className={styles.stack} aria-labelledby="import-intro">
      <Body1 id="import-intro">{t(inExcel ? "screen.import.introExcel" : "screen.import.intro")}</Body1>
      {!inExcel && (
        <FilePicker
          label={t("screen.import.target")}
          accept=".xlsx"
          testId="import-workbook"
          onFile={(file) => (reset(), setTarget(file))}
        />
      )}
      <FilePicker
        label={t("screen.import.source")}
        accept=".csv,.txt,.xlsx"
        testId="import-source"
        onFile={(file) => (reset(), setSource(file))}
      />
      <Checkbox
        checked={skipInvalid}
        onChange={(_, data) => setSkipInvalid(data.checked === true)}
        label={t("screen.import.skipInvalid")}
      />
      <div>
        <Button appearance="primary" disabled={busy} onClick={() => void run()}>
          {t("screen.import.run")}
        </Button>
      </div>
      {busy &&
        (work.progress ? (
          <WorkProgressBar label={t("screen.import.running")} progress={work.progress} onCancel={work.cancel} />
        ) : (
          <Spinner size="tiny" label={t("screen.import.running")} />
        ))}
      {cancelled && <CancelledNote />}
      <NoticeBar notice={failureNotice(failure)} />
      {done && <ImportOutcome outcome={done} />}
      <WorkbookDownload output={done?.output ?? null} hint={t("screen.import.downloadHint")} />
      {!inExcel && <CliAlso command="suivi-convention import" />}
    </section>
  );
}

/** Where a problem is: its source line, or the whole file. */
const where = (problem: ImportProblem): string =>
  problem.line === null
    ? t("screen.import.wholeFile")
    : problem.column
      ? t("screen.import.lineColumn", { line: problem.line, column: problem.column })
      : t("screen.import.line", { line: problem.line });

/** What the import did (or why it wrote nothing), then its problems, errors first. */
export function ImportOutcome({ outcome }: { outcome: Outcome }) {
  const styles = useStyles();
  const { report } = outcome;
  const imported = report.status === "imported";
  const groups = (["error", "warning"] as const).map((severity) => ({
    severity,
    problems: report.problems.filter((p) => p.severity === severity),
  }));
  return (
    <>
      <MessageBar
        intent={imported ? "success" : "error"}
        layout="multiline"
        role={imported ? "status" : "alert"}
        data-testid="import-outcome"
      >
        <MessageBarBody>
          <MessageBarTitle>
            {imported
              ? t("screen.import.imported", { count: report.imported, file: outcome.source })
              : t("screen.import.refused", { file: outcome.source })}
          </MessageBarTitle>
          {t("screen.import.counts", {
            read: report.read,
            imported: report.imported,
            rejected: report.rejected,
            skipped: report.skipped,
          })}
          {!imported && report.rejected > 0 && <> {t("screen.import.skipHint")}</>}
        </MessageBarBody>
      </MessageBar>
      {groups
        .filter((group) => group.problems.length > 0)
        .map((group) => (
          <section key={group.severity} data-testid={`import-${group.severity}s`}>
            <Subtitle2 as="h2">
              {t(group.severity === "error" ? "screen.check.errors" : "screen.check.warnings")}
            </Subtitle2>
            <ul className={styles.list}>
              {group.problems.map((problem, i) => (
                <li key={i}>
                  <Caption1>{where(problem)}</Caption1> — {say(problem.text)}
                </li>
              ))}
            </ul>
          </section>
        ))}
    </>
  );
}
