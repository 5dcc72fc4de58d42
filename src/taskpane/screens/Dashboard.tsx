import { useState } from "react";
import { Body1, Button, Caption1, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { t } from "../../i18n";
import "../../i18n/areas/dashboard";
import "../../i18n/areas/files";
import { evaluationActions, type EvaluationActions } from "../../office/evaluation-actions";
import { Command } from "../command";
import { loadFileMode, readChosenWorkbook, XLSX_MIME, type ChosenFile } from "../files";
import { errorText } from "../hooks";
import { NoticeBar, type DetailedNotice } from "../TechnicalDetails";
import { DownloadButton, FilePicker } from "./file-ui";
import type { ScreenProps } from "./types";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

type Notice = DetailedNotice;

/** The « Tableau de bord » screen: create the PivotTables and PivotCharts, refresh them in one click. */
export function DashboardScreen({ host, actions = evaluationActions }: ScreenProps & { actions?: EvaluationActions }) {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);

  if (host.kind !== "excel") return <FileDashboardScreen />;

  const run = async (work: () => Promise<Notice>) => {
    setBusy(true);
    setNotice(null);
    try {
      setNotice(await work());
    } catch (error) {
      setNotice({ intent: "error", text: t("screen.dash.failed", { reason: errorText(error) }), error });
    } finally {
      setBusy(false);
    }
  };
  const create = () =>
    run(async () => {
      const result = await actions.dashboard();
      if (!result.ok) return { intent: "error", text: t(`screen.dash.refused.${result.reason}`) };
      return { intent: result.filtered ? "success" : "warning", text: [t("screen.dash.created"), result.filtered ? "" : t("screen.dash.noFilter")].filter(Boolean).join(" ") };
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
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const [output, setOutput] = useState<ChosenFile | null>(null);

  const create = async () => {
    setNotice(null);
    setOutput(null);
    if (!file) return setNotice({ intent: "error", text: t("file.dash.chooseFirst") });
    setBusy(true);
    try {
      const mode = await loadFileMode();
      const { result, output: made } = await mode.dashboardFile(await readChosenWorkbook(file));
      if (!result.ok) {
        const text =
          result.reason === "missingColumns"
            ? t("dashboard.missingColumns", { columns: result.columns.join(", ") })
            : t(result.reason === "exists" ? "file.dash.exists" : "screen.dash.refused.noTable");
        return setNotice({ intent: "error", text });
      }
      setOutput(made);
      setNotice({ intent: "success", text: t("file.dash.created", { rows: result.rows }) });
    } catch (error) {
      setNotice({ intent: "error", text: t("screen.dash.failed", { reason: errorText(error) }), error });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.stack} aria-labelledby="file-dash-intro">
      <Body1 id="file-dash-intro">{t("file.dash.intro")}</Body1>
      <FilePicker
        label={t("file.dash.choose")}
        accept=".xlsx"
        testId="dashboard-workbook"
        onFile={(chosen) => {
          setFile(chosen);
          setNotice(null);
          setOutput(null);
        }}
      />
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} onClick={() => void create()}>
          {t("screen.dash.create")}
        </Button>
      </div>
      {busy && <Spinner size="tiny" label={t("file.dash.running")} />}
      <NoticeBar notice={notice} />
      {output && (
        <>
          <DownloadButton name={output.name} bytes={output.bytes} type={XLSX_MIME} label={t("file.download", { file: output.name })} />
          <Caption1>{t("file.dash.downloadHint")}</Caption1>
        </>
      )}
      <Caption1>
        <Command text={t("file.cliAlso", { command: "{command}" })} command="suivi-convention dashboard classeur.xlsx" />
      </Caption1>
    </section>
  );
}
