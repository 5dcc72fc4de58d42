import { Body1, Button, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { t } from "../../i18n";
import "../../i18n/areas/dashboard";
import { evaluationActions, type EvaluationActions } from "../../office/evaluation-actions";
import { loadFileMode } from "../files";
import { useNoticeAction } from "../hooks";
import { NoticeBar, type DetailedNotice } from "../TechnicalDetails";
import { CancelledNote, WorkProgressBar, useCancellableWork } from "../work-ui";
import { CliAlso, FilePicker, WorkbookDownload, useChosenWorkbook } from "./file-ui";
import type { ScreenProps } from "./types";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** The « Tableau de bord » screen: create the PivotTables and PivotCharts, refresh them in one click. */
export function DashboardScreen({ host, actions = evaluationActions }: ScreenProps & { actions?: EvaluationActions }) {
  const styles = useStyles();
  const { busy, notice, setNotice, run: runAction } = useNoticeAction((reason) => t("screen.dash.failed", { reason }));

  if (host.kind !== "excel") return <FileDashboardScreen />;

  const run = (work: () => Promise<DetailedNotice>) => runAction(async () => setNotice(await work()));
  const create = () =>
    run(async () => {
      const result = await actions.dashboard();
      if (!result.ok) return { intent: "error", text: t(`screen.dash.refused.${result.reason}`) };
      return {
        intent: result.filtered ? "success" : "warning",
        text: [t("screen.dash.created"), result.filtered ? "" : t("screen.dash.noFilter")].filter(Boolean).join(" "),
      };
    });
  const refresh = () =>
    run(async () => {
      await actions.refresh();
      return { intent: "success", text: t("screen.dash.refreshed") };
    });

  return (
    <section className={styles.stack} aria-labelledby="dash-intro">
      <Body1 id="dash-intro">{t("screen.dash.intro")}</Body1>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} onClick={() => void create()}>
          {t("screen.dash.create")}
        </Button>
        <Button disabled={busy} onClick={() => void refresh()}>
          {t("screen.dash.refresh")}
        </Button>
      </div>
      {busy && <Spinner size="tiny" label={t("screen.dash.running")} />}
      <NoticeBar notice={notice} />
    </section>
  );
}

/**
 * « Tableau de bord » without Excel: the PivotTables and PivotCharts added to a copy of a chosen
 * workbook, offered as a download (Excel refreshes them when the file opens).
 */
export function FileDashboardScreen() {
  const styles = useStyles();
  const { busy, notice, setNotice, output, setOutput, choose, run } = useChosenWorkbook({
    chooseFirst: t("file.dash.chooseFirst"),
    failed: (reason) => t("screen.dash.failed", { reason }),
  });
  const { work, cancelled, setCancelled, follow } = useCancellableWork();

  // The rows are read with a progress bar; a cancel is taken until the pivots start being written.
  const create = () =>
    run((chosen) =>
      follow(async (control) => {
        setOutput(null);
        const mode = await loadFileMode();
        const { result, output: made } = await mode.dashboardFile(chosen, control);
        if (!result.ok) {
          const text =
            result.reason === "missingColumns"
              ? t("dashboard.missingColumns", { columns: result.columns.join(", ") })
              : t(result.reason === "exists" ? "file.dash.exists" : "screen.dash.refused.noTable");
          return setNotice({ intent: "error", text });
        }
        setOutput(made);
        setNotice({ intent: "success", text: t("file.dash.created", { rows: result.rows }) });
      }),
    );

  return (
    <section className={styles.stack} aria-labelledby="file-dash-intro">
      <Body1 id="file-dash-intro">{t("file.dash.intro")}</Body1>
      <FilePicker
        label={t("file.dash.choose")}
        accept=".xlsx"
        testId="dashboard-workbook"
        onFile={(chosen) => {
          choose(chosen);
          setCancelled(false);
        }}
      />
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} onClick={() => void create()}>
          {t("screen.dash.create")}
        </Button>
      </div>
      {busy &&
        (work.progress ? (
          <WorkProgressBar label={t("file.dash.running")} progress={work.progress} onCancel={work.cancel} />
        ) : (
          <Spinner size="tiny" label={t("file.dash.running")} />
        ))}
      {cancelled && <CancelledNote />}
      <NoticeBar notice={notice} />
      <WorkbookDownload output={output} hint={t("file.dash.downloadHint")} />
      <CliAlso command="suivi-convention dashboard classeur.xlsx" />
    </section>
  );
}
