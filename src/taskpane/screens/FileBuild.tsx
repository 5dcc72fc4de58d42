import {
  Body1,
  Button,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { METZ_2021_2023 } from "../../core/convention";
import { DEFAULT_SAMPLE_ROWS, type BuildResult } from "../../features/build";
import { t } from "../../i18n";
import "../../i18n/areas/build";
import { loadFileMode, readChosenWorkbook, type ChosenFile } from "../files";
import { errorText } from "../hooks";
import { NoticeBar, failureNotice, type Failure } from "../TechnicalDetails";
import { BuildOutcome, readSettingsFile, settingsFileNotice } from "./Build";
import { CliAlso, FilePicker, WorkbookDownload } from "./file-ui";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** Sample rows a user may ask for: the convention's three years at a busy pace fit well below this. */
export const MAX_SAMPLE_ROWS = 100_000;

/** The number typed for sample rows, or null when it is not a whole number in 1..MAX_SAMPLE_ROWS. */
export function parseSampleCount(text: string): number | null {
  const value = Number(text.trim());
  return /^\d+$/.test(text.trim()) && value >= 1 && value <= MAX_SAMPLE_ROWS ? value : null;
}

type Settings = Awaited<ReturnType<typeof readSettingsFile>> | null;

/** "Construire" without Excel: a new workbook or a repaired copy of one, offered as a download. */
export function FileBuildScreen() {
  const styles = useStyles();
  const [target, setTarget] = useState<"new" | "existing">("new");
  const [existing, setExisting] = useState<File | null>(null);
  const [source, setSource] = useState<"preset" | "file">("preset");
  const [settings, setSettings] = useState<Settings>(null);
  const [sample, setSample] = useState(false);
  const [sampleText, setSampleText] = useState(String(DEFAULT_SAMPLE_ROWS));
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [done, setDone] = useState<{ result: BuildResult; output: ChosenFile } | null>(null);

  const reset = () => {
    setDone(null);
    setFailure(null);
  };

  const run = async () => {
    reset();
    const convention =
      source === "preset" ? METZ_2021_2023 : settings && "convention" in settings ? settings.convention : null;
    if (!convention) return setFailure({ text: t("screen.build.fileMissing") });
    if (target === "existing" && !existing) return setFailure({ text: t("file.build.chooseFirst") });
    const count = sample ? parseSampleCount(sampleText) : 0;
    if (count === null)
      return setFailure({ text: t("file.build.sampleInvalid", { value: sampleText, max: MAX_SAMPLE_ROWS }) });
    setBusy(true);
    try {
      const chosen = target === "existing" && existing ? await readChosenWorkbook(existing) : null;
      const mode = await loadFileMode();
      setDone(
        await mode.buildFile(chosen, convention, {
          sampleRows: count,
          settings: source === "preset" ? "preset" : "chosen",
        }),
      );
    } catch (error) {
      setFailure({ text: t("screen.build.failed", { reason: errorText(error) }), error });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.stack} aria-labelledby="file-build-intro">
      <Body1 id="file-build-intro">{t("file.build.intro")}</Body1>
      <Field label={t("file.build.target")}>
        <RadioGroup value={target} onChange={(_, data) => (reset(), setTarget(data.value as "new" | "existing"))}>
          <Radio value="new" label={t("file.build.new")} />
          <Radio value="existing" label={t("file.build.existing")} />
        </RadioGroup>
      </Field>
      {target === "existing" && (
        <FilePicker
          label={t("file.build.chooseExisting")}
          accept=".xlsx"
          testId="build-workbook"
          onFile={(file) => (reset(), setExisting(file))}
        />
      )}
      <Field label={t("screen.build.source")}>
        <RadioGroup value={source} onChange={(_, data) => setSource(data.value as "preset" | "file")}>
          <Radio
            value="preset"
            label={t("screen.build.preset", {
              number: METZ_2021_2023.number,
              partner: METZ_2021_2023.partner,
              start: METZ_2021_2023.start,
              end: METZ_2021_2023.end,
            })}
          />
          <Radio value="file" label={t("screen.build.fromFile")} />
        </RadioGroup>
      </Field>
      {source === "file" && (
        <FilePicker
          label={t("screen.build.fileLabel")}
          accept=".json,application/json"
          testId="build-settings"
          onFile={(file) => void (file ? readSettingsFile(file).then(setSettings) : setSettings(null))}
        />
      )}
      {source === "file" && settings && <NoticeBar notice={settingsFileNotice(settings)} />}
      <Checkbox
        checked={sample}
        onChange={(_, data) => setSample(data.checked === true)}
        label={t("screen.build.sampleRows")}
      />
      {sample && (
        <Field label={t("file.build.sampleCount", { max: MAX_SAMPLE_ROWS })}>
          <Input
            type="number"
            min={1}
            max={MAX_SAMPLE_ROWS}
            step={1}
            value={sampleText}
            onChange={(_, data) => setSampleText(data.value)}
          />
        </Field>
      )}
      <div>
        <Button appearance="primary" disabled={busy} onClick={() => void run()}>
          {t("screen.build.run")}
        </Button>
      </div>
      {busy && <Spinner size="tiny" label={t("screen.build.running")} />}
      <NoticeBar notice={failureNotice(failure)} />
      {done && (
        <>
          <BuildOutcome result={done.result} />
          <WorkbookDownload output={done.output} hint={t("file.build.downloadHint")} />
        </>
      )}
      <CliAlso command="suivi-convention build" />
    </section>
  );
}
