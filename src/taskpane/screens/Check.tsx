import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { FINDING_CODES, type CheckReport, type Finding, type FindingCode, type Severity } from "../../core/findings";
import { reportJson } from "../../features/check";
import { isCancelled } from "../../features/work";
import { say, t } from "../../i18n";
import "../../i18n/areas/check";
import { currentConvention, excelActions, todayIso, type ExcelActions } from "../../office/actions";
import { findingTitle } from "../finding-titles";
import { useNoticeAction } from "../hooks";
import { rememberCheck } from "../last-check";
import { NoticeBar } from "../TechnicalDetails";
import { CancelledNote, WorkProgressBar, useWork } from "../work-ui";
import { DownloadButton } from "./file-ui";
import { FileCheckScreen, reportName } from "./FileCheck";
import { ReportActions } from "./ReportActions";
import type { ScreenProps } from "./types";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  groupTitle: { display: "flex", flexDirection: "column", minWidth: 0 },
  // The code is what the CLI's --json and the report name: shown, but as secondary text.
  code: { color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
});

/** Findings shown per code; the rest is counted (a long list would freeze the pane). */
export const SHOWN_PER_CODE = 200;

export interface FindingGroup {
  severity: Severity;
  codes: { code: FindingCode; findings: Finding[] }[];
}

/** Errors first, then warnings; within each, codes in the order of the findings contract. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups: FindingGroup[] = [];
  for (const severity of ["error", "warning"] as const) {
    const codes = FINDING_CODES.map((code) => ({
      code,
      findings: findings.filter((f) => f.severity === severity && f.code === code),
    })).filter((g) => g.findings.length > 0);
    if (codes.length > 0) groups.push({ severity, codes });
  }
  return groups;
}

/** The "Vérifier" screen: run the check, browse findings, go to a cell, mark or unmark them. */
export function CheckScreen({ host, actions = excelActions }: ScreenProps & { actions?: ExcelActions }) {
  const styles = useStyles();
  const [report, setReport] = useState<CheckReport | null>(null);
  const { busy, notice, setNotice, run } = useNoticeAction((reason) => t("screen.check.failed", { reason }));
  const [cancelled, setCancelled] = useState(false);
  const work = useWork();

  if (host.kind !== "excel") return <FileCheckScreen />;

  const act = (task: () => Promise<string | null>, failureKey: "screen.check.failed" | "screen.check.actionFailed") =>
    run(
      async () => {
        setCancelled(false);
        try {
          const text = await task();
          if (text) setNotice({ intent: "success", text });
        } catch (error) {
          // A cancel is not a failure: the note says nothing was changed.
          if (!isCancelled(error)) throw error;
          setCancelled(true);
        } finally {
          work.finish();
        }
      },
      (reason) => t(failureKey, { reason }),
    );

  const check = () =>
    act(async () => {
      // Read chunk by chunk with a progress bar; a cancel leaves the workbook as it was (nothing is written).
      const checked = await actions.check(currentConvention(), todayIso(), work.start());
      setReport(checked);
      rememberCheck({ on: todayIso(), errors: checked.summary.errors, warnings: checked.summary.warnings });
      return null;
    }, "screen.check.failed");
  const mark = () =>
    act(
      async () => t("screen.check.marked", { count: await actions.mark(report?.findings ?? []) }),
      "screen.check.actionFailed",
    );
  const unmark = () =>
    act(async () => t("screen.check.unmarked", { count: await actions.clearMarks() }), "screen.check.actionFailed");
  const select = (f: Finding) =>
    act(async () => (await actions.select(f.sheet, f.cell), null), "screen.check.actionFailed");

  return (
    <section className={styles.stack} aria-labelledby="check-intro">
      <Body1 id="check-intro">{t("screen.check.intro")}</Body1>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} onClick={() => void check()}>
          {t("screen.check.run")}
        </Button>
        <Button disabled={busy || !report || report.findings.length === 0} onClick={() => void mark()}>
          {t("screen.check.mark")}
        </Button>
        <Button disabled={busy} onClick={() => void unmark()}>
          {t("screen.check.unmark")}
        </Button>
      </div>
      {busy &&
        (work.progress ? (
          <WorkProgressBar label={t("screen.check.running")} progress={work.progress} onCancel={work.cancel} />
        ) : (
          <Spinner size="tiny" label={t("screen.check.running")} />
        ))}
      {cancelled && <CancelledNote />}
      <NoticeBar notice={notice} />
      {report && <CheckResult report={report} onSelect={(f) => void select(f)} />}
      {/* The same report files as in file mode: the JSON (what the command line's --json gives), a workbook, a
          print. */}
      {report && (
        <DownloadButton
          name={reportName(t("report.workbook"))}
          bytes={JSON.stringify(reportJson(report), null, 2)}
          type="application/json"
          label={t("file.check.downloadReport", { file: reportName(t("report.workbook")) })}
        />
      )}
      {report && <ReportActions report={report} file={t("report.workbook")} today={todayIso()} />}
    </section>
  );
}

/** The summary and the findings grouped by severity then code; each finding links to its cell. */
export function CheckResult({ report, onSelect }: { report: CheckReport; onSelect?: (finding: Finding) => void }) {
  const styles = useStyles();
  const summary = t("screen.check.summary", report.summary);
  if (report.findings.length === 0) {
    return (
      <MessageBar intent="success" role="status">
        <MessageBarBody>
          {summary} {t("screen.check.ok")}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <>
      <Body1 role="status">{summary}</Body1>
      {groupFindings(report.findings).map((group) => (
        <section key={group.severity}>
          <Subtitle2 as="h2">
            {t(group.severity === "error" ? "screen.check.errors" : "screen.check.warnings")}
          </Subtitle2>
          <Accordion multiple collapsible defaultOpenItems={group.codes.map(({ code }) => `${group.severity}:${code}`)}>
            {group.codes.map(({ code, findings }) => (
              <AccordionItem key={code} value={`${group.severity}:${code}`}>
                <AccordionHeader>
                  <span className={styles.groupTitle}>
                    <span>{t("screen.check.group", { title: findingTitle(code), count: findings.length })}</span>
                    <Caption1 className={styles.code} data-code={code}>
                      {code}
                    </Caption1>
                  </span>
                </AccordionHeader>
                <AccordionPanel>
                  <ul className={styles.list}>
                    {findings.slice(0, SHOWN_PER_CODE).map((f, i) => (
                      <li key={`${f.sheet}!${f.cell}:${i}`}>
                        {f.cell && !onSelect ? (
                          // A file has no selection to move: the address is what the user looks for.
                          <Caption1 data-cell={f.cell}>
                            {t("screen.check.where", { sheet: f.sheet, cell: f.cell })}
                          </Caption1>
                        ) : f.cell && onSelect ? (
                          <Link
                            onClick={() => onSelect(f)}
                            aria-label={t("screen.check.goTo", { sheet: f.sheet, cell: f.cell })}
                          >
                            {t("screen.check.where", { sheet: f.sheet, cell: f.cell })}
                          </Link>
                        ) : (
                          <Caption1>{t("screen.check.whereSheet", { sheet: f.sheet })}</Caption1>
                        )}{" "}
                        — {say(f.text)}
                      </li>
                    ))}
                  </ul>
                  {findings.length > SHOWN_PER_CODE && (
                    <Caption1>{t("screen.check.more", { count: findings.length - SHOWN_PER_CODE })}</Caption1>
                  )}
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
        </section>
      ))}
    </>
  );
}
