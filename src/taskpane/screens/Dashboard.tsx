import { useState } from "react";
import { Body1, Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { t } from "../../i18n";
import { evaluationActions, type EvaluationActions } from "../../office/evaluation-actions";
import { errorText } from "../hooks";
import type { ScreenProps } from "./types";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

type Notice = { intent: "success" | "error" | "warning"; text: string } | null;

/** The « Tableau de bord » screen: create the PivotTables and PivotCharts, refresh them in one click. */
export function DashboardScreen({ host, actions = evaluationActions }: ScreenProps & { actions?: EvaluationActions }) {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);

  if (host.kind !== "excel") {
    return (
      <section className={styles.stack}>
        <Body1>{t("screen.dash.needsExcel", { command: "suivi-convention dashboard classeur.xlsx" })}</Body1>
      </section>
    );
  }

  const run = async (work: () => Promise<Notice>) => {
    setBusy(true);
    setNotice(null);
    try {
      setNotice(await work());
    } catch (error) {
      setNotice({ intent: "error", text: t("screen.dash.failed", { reason: errorText(error) }) });
    } finally {
      setBusy(false);
    }
  };
  const create = () =>
    run(async () => {
      const result = await actions.dashboard();
      if (!result.ok) return { intent: "error", text: t(`screen.dash.refused.${result.reason}` as "screen.dash.refused.exists") };
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
      {notice && (
        <MessageBar intent={notice.intent} role={notice.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
