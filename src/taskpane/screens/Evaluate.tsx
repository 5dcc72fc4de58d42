import {
  Body1,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { METZ_2021_2023 } from "../../core/convention";
import { lastFinishedSemester, type EvaluationFigures, type PeriodRequest } from "../../core/evaluation";
import { reportingPeriods } from "../../core/plan";
import type { WorkControl, WorkProgress } from "../../features/work";
import { t, tDynamic } from "../../i18n";
import "../../i18n/areas/evaluation";
import { currentConvention, todayIso } from "../../office/actions";
import { evaluationActions, type EvaluationActions } from "../../office/evaluation-actions";
import { loadFileMode, type ChosenFile } from "../files";
import { useNoticeAction } from "../hooks";
import { NoticeBar } from "../TechnicalDetails";
import { CancelledNote, WorkProgressBar, useCancellableWork } from "../work-ui";
import { CliAlso, FilePicker, WorkbookDownload, useChosenWorkbook } from "./file-ui";
import type { ScreenProps } from "./types";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  num: { textAlign: "right", paddingLeft: tokens.spacingHorizontalS },
});

const FINAL = "final";

/** The periods offered: each semester, each year, the whole convention. */
export function periodChoices(today: string) {
  const convention = currentConvention();
  const periods = reportingPeriods(convention).filter((p) => p.kind !== "total");
  const choices = [
    ...periods.map((p) => ({
      value: p.label,
      label:
        p.kind === "semester"
          ? t("screen.eval.semester", { label: p.label })
          : t("screen.eval.year", { label: p.label }),
    })),
    { value: FINAL, label: t("screen.eval.final") },
  ];
  return { choices, initial: lastFinishedSemester(convention, today) ?? choices[0].value };
}

export function requestOf(value: string): PeriodRequest {
  if (value === FINAL) return { kind: "final" };
  return /^\d{4}$/.test(value) ? { kind: "year", year: Number(value) } : { kind: "semester", semester: value };
}

/** The « Évaluer » screen: pick a period, preview its figures, write the sheet (asking before replacing one). */
export function EvaluateScreen({ host, actions = evaluationActions }: ScreenProps & { actions?: EvaluationActions }) {
  const styles = useStyles();
  const today = todayIso();
  const { choices, initial } = periodChoices(today);
  const [period, setPeriod] = useState(initial);
  const [preview, setPreview] = useState<EvaluationFigures | null>(null);
  const [confirm, setConfirm] = useState(false);
  const { busy, notice, setNotice, run: runAction } = useNoticeAction((reason) => t("screen.eval.failed", { reason }));
  const { work, cancelled, setCancelled, follow } = useCancellableWork();

  if (host.kind !== "excel") return <FileEvaluateScreen />;

  // Read chunk by chunk with a progress bar; a cancel is taken until the sheet starts being written.
  const run = (task: (control: WorkControl) => Promise<void>) => runAction(() => follow(task));
  const refused = (reason: string) => setNotice({ intent: "error", text: tDynamic(`screen.eval.refused.${reason}`) });
  const show = () =>
    run(async (control) => {
      const result = await actions.preview(currentConvention(), requestOf(period), today, control);
      if (!result.ok) return refused(result.reason);
      setPreview(result.figures);
      if (result.errors > 0)
        setNotice({ intent: "warning", text: t("screen.eval.withErrors", { errors: result.errors }) });
    });
  const write = (force: boolean) =>
    run(async (control) => {
      const result = await actions.write(currentConvention(), requestOf(period), today, force, control);
      setConfirm(false);
      if (!result.ok) {
        if (result.reason === "exists") return setConfirm(true);
        return refused(result.reason);
      }
      const text = [
        t("screen.eval.written", { sheet: result.sheet }),
        result.archived ? t("screen.eval.archived", { sheet: result.archived }) : "",
        result.printSettings ? "" : t("screen.eval.noPrint"),
      ]
        .filter(Boolean)
        .join(" ");
      setNotice({ intent: "success", text });
    });

  return (
    <section className={styles.stack} aria-labelledby="eval-intro">
      <Body1 id="eval-intro">{t("screen.eval.intro")}</Body1>
      <PeriodField
        value={period}
        choices={choices}
        onChange={(value) => {
          setPeriod(value);
          setPreview(null);
          setConfirm(false);
          setCancelled(false);
        }}
      />
      <EvaluateControls
        busy={busy}
        confirm={confirm}
        progress={work.progress}
        cancelled={cancelled}
        onCancel={work.cancel}
        onPreview={() => void show()}
        onWrite={(force) => void write(force)}
      />
      <NoticeBar notice={notice} />
      {preview && <EvaluationPreview figures={preview} />}
    </section>
  );
}

/** The figures before anything is written: one line per indicator. */
export function EvaluationPreview({ figures }: { figures: EvaluationFigures }) {
  const styles = useStyles();
  const n = (v: number | null) => (v === null ? "—" : String(v));
  return (
    <>
      <Body1 role="status">{t("screen.eval.rows", { rows: figures.rows })}</Body1>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{t("eval.col.indicator")}</th>
            <th scope="col">{t("eval.col.value")}</th>
            <th scope="col">{t("eval.col.previous")}</th>
            <th scope="col">{t("eval.col.ctd")}</th>
          </tr>
        </thead>
        <tbody>
          {figures.indicators.map((i) => (
            <tr key={i.code}>
              <th scope="row">{i.label}</th>
              <td className={styles.num}>{i.value}</td>
              <td className={styles.num}>{n(i.previous)}</td>
              <td className={styles.num}>{i.conventionToDate}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** The period picker both modes show; changing the period clears what was shown for the previous one. */
function PeriodField({
  value,
  choices,
  onChange,
}: {
  value: string;
  choices: { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <Field label={t("screen.eval.period")}>
      <Select value={value} onChange={(_e, data) => onChange(data.value)}>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/**
 * « Évaluer » without Excel: the same preview and sheet on a chosen workbook, whose updated copy is
 * offered as a download (the chosen file itself is never changed).
 */
export function FileEvaluateScreen() {
  const styles = useStyles();
  const today = todayIso();
  const { choices, initial } = periodChoices(today);
  const [period, setPeriod] = useState(initial);
  const [preview, setPreview] = useState<EvaluationFigures | null>(null);
  const [confirm, setConfirm] = useState(false);
  const {
    busy,
    notice,
    setNotice,
    output,
    setOutput,
    choose,
    run: runChosen,
  } = useChosenWorkbook({
    chooseFirst: t("file.eval.chooseFirst"),
    failed: (reason) => t("screen.eval.failed", { reason }),
  });
  const { work, cancelled, setCancelled, follow } = useCancellableWork();

  const reset = () => {
    setPreview(null);
    setConfirm(false);
    setNotice(null);
    setOutput(null);
    setCancelled(false);
  };
  // The file is read with a progress bar; a cancel is taken until the copy starts being written.
  const run = (task: (chosen: ChosenFile, control: WorkControl) => Promise<void>) =>
    runChosen((chosen) => follow((control) => task(chosen, control)));
  const refused = (reason: string) => setNotice({ intent: "error", text: tDynamic(`screen.eval.refused.${reason}`) });
  // The workbook's own period and lists win; the preset only fills what it lacks (as the command line does).
  const show = () =>
    run(async (chosen, control) => {
      const mode = await loadFileMode();
      const result = await mode.previewEvaluationFile(chosen, METZ_2021_2023, requestOf(period), today, control);
      if (!result.ok) return refused(result.reason);
      setPreview(result.figures);
      if (result.context.check.errors > 0)
        setNotice({ intent: "warning", text: t("screen.eval.withErrors", { errors: result.context.check.errors }) });
    });
  const write = (force: boolean) =>
    run(async (chosen, control) => {
      setOutput(null);
      const mode = await loadFileMode();
      const { result, output: made } = await mode.evaluateFile(
        chosen,
        METZ_2021_2023,
        requestOf(period),
        today,
        force,
        control,
      );
      setConfirm(false);
      if (!result.ok) {
        if (result.reason === "exists") return setConfirm(true);
        return refused(result.reason);
      }
      setOutput(made);
      const text = [
        t("screen.eval.written", { sheet: result.sheetName }),
        result.archived ? t("screen.eval.archived", { sheet: result.archived }) : "",
      ]
        .filter(Boolean)
        .join(" ");
      setNotice({ intent: "success", text });
    });

  return (
    <section className={styles.stack} aria-labelledby="file-eval-intro">
      <Body1 id="file-eval-intro">{t("file.eval.intro")}</Body1>
      <FilePicker
        label={t("file.eval.choose")}
        accept=".xlsx"
        testId="evaluate-workbook"
        onFile={(chosen) => (reset(), choose(chosen))}
      />
      <PeriodField value={period} choices={choices} onChange={(value) => (reset(), setPeriod(value))} />
      <EvaluateControls
        busy={busy}
        confirm={confirm}
        progress={work.progress}
        cancelled={cancelled}
        onCancel={work.cancel}
        onPreview={() => void show()}
        onWrite={(force) => void write(force)}
      />
      <NoticeBar notice={notice} />
      <WorkbookDownload output={output} hint={t("file.eval.downloadHint")} />
      {preview && <EvaluationPreview figures={preview} />}
      <CliAlso command={`suivi-convention evaluate classeur.xlsx --semester ${period}`} />
    </section>
  );
}

/**
 * Preview and write, the progress bar with Annuler while they run (a spinner until the work reports),
 * « nothing was changed » after a cancel, and the question before a sheet is made again: both modes alike.
 */
export function EvaluateControls(props: {
  busy: boolean;
  confirm: boolean;
  progress: WorkProgress | null;
  cancelled: boolean;
  onCancel: () => void;
  onPreview: () => void;
  onWrite: (force: boolean) => void;
}) {
  const styles = useStyles();
  return (
    <>
      <div className={styles.buttons}>
        <Button disabled={props.busy} onClick={props.onPreview}>
          {t("screen.eval.preview")}
        </Button>
        <Button appearance="primary" disabled={props.busy} onClick={() => props.onWrite(false)}>
          {t("screen.eval.write")}
        </Button>
      </div>
      {props.busy &&
        (props.progress ? (
          <WorkProgressBar label={t("screen.eval.running")} progress={props.progress} onCancel={props.onCancel} />
        ) : (
          <Spinner size="tiny" label={t("screen.eval.running")} />
        ))}
      {props.cancelled && <CancelledNote />}
      {props.confirm && (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>
            {t("screen.eval.confirm")}{" "}
            <Button size="small" onClick={() => props.onWrite(true)}>
              {t("screen.eval.replace")}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
