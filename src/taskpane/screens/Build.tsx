import {
  Body1,
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState, type ChangeEvent } from "react";
import { METZ_2021_2023, parseConvention, type Convention } from "../../core/convention";
import { reportedChanges, type BuildResult } from "../../features/build";
import { t, say } from "../../i18n";
import "../../i18n/areas/build";
import { excelActions, setConventionInUse, type ExcelActions } from "../../office/actions";
import { errorText, useAsyncAction } from "../hooks";
import { NoticeBar, failureNotice, type DetailedNotice } from "../TechnicalDetails";
import { FileBuildScreen } from "./FileBuild";
import type { ScreenProps } from "./types";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  changes: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: "320px", overflowY: "auto" },
});

type Source = "preset" | "file";
/** A settings file as read: its convention, or the sentences saying what is wrong with it. */
type FileState = { name: string; convention: Convention } | { name: string; errors: string[] } | null;

/** Reads and validates a JSON settings file (a pure step, kept out of the component). */
export async function readSettingsFile(file: File): Promise<Exclude<FileState, null>> {
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch (error) {
    return { name: file.name, errors: [t("screen.build.fileNotJson", { file: file.name, reason: errorText(error) })] };
  }
  const parsed = parseConvention(json);
  return parsed.ok ? { name: file.name, convention: parsed.convention } : { name: file.name, errors: parsed.errors };
}

/** The "Construire" screen: choose the settings, build or repair, read what changed. */
export function BuildScreen({ host, actions = excelActions }: ScreenProps & { actions?: ExcelActions }) {
  const styles = useStyles();
  const [source, setSource] = useState<Source>("preset");
  const [file, setFile] = useState<FileState>(null);
  const [sampleRows, setSampleRows] = useState(false);
  const { busy, result, failure, run: runAction, fail } = useAsyncAction<BuildResult>();

  if (host.kind !== "excel") return <FileBuildScreen />;

  const convention = source === "preset" ? METZ_2021_2023 : file && "convention" in file ? file.convention : null;

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setFile(chosen ? await readSettingsFile(chosen) : null);
  };

  const run = async () => {
    if (!convention) return fail(t("screen.build.fileMissing"));
    await runAction(
      async () => {
        const built = await actions.build(convention, {
          sampleRows,
          settings: source === "preset" ? "preset" : "chosen",
        });
        setConventionInUse(convention);
        // Sample rows are a one-off: left ticked, the next repair would add another batch to the user's data.
        setSampleRows(false);
        return built;
      },
      (reason) => t("screen.build.failed", { reason }),
    );
  };

  return (
    <section className={styles.stack} aria-labelledby="build-intro">
      <Body1 id="build-intro">{t("screen.build.intro")}</Body1>
      <Field label={t("screen.build.source")}>
        <RadioGroup value={source} onChange={(_, data) => setSource(data.value as Source)}>
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
        <Field label={t("screen.build.fileLabel")}>
          <input type="file" accept=".json,application/json" onChange={(event) => void onFile(event)} />
        </Field>
      )}
      {source === "file" && file && <NoticeBar notice={settingsFileNotice(file)} />}
      <Checkbox
        checked={sampleRows}
        onChange={(_, data) => setSampleRows(data.checked === true)}
        label={t("screen.build.sampleRows")}
      />
      <div>
        <Button appearance="primary" disabled={busy || !convention} onClick={() => void run()}>
          {t("screen.build.run")}
        </Button>
      </div>
      {busy && <Spinner size="tiny" label={t("screen.build.running")} />}
      <NoticeBar notice={failureNotice(failure)} />
      {result && <BuildOutcome result={result} />}
    </section>
  );
}

/** A settings file as read: its convention loaded, or what is wrong with it. */
export function settingsFileNotice(file: Exclude<FileState, null>): DetailedNotice {
  return "convention" in file
    ? { intent: "success", text: t("screen.build.fileLoaded", { file: file.name, number: file.convention.number }) }
    : { intent: "error", text: t("screen.build.fileInvalid", { file: file.name }), details: file.errors };
}

/** What the build did, in plain French: nothing, a creation, or the list of repairs. */
export function BuildOutcome({ result }: { result: BuildResult }) {
  const styles = useStyles();
  const complete = result.changes.length === 0;
  const title = complete
    ? t("screen.build.complete")
    : result.created
      ? t("screen.build.created")
      : t("screen.build.repaired", { count: result.changes.length });
  return (
    <>
      <MessageBar intent="success" layout="multiline" role="status">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {!complete && (
            <ul className={styles.changes}>
              {reportedChanges(result).map((change, i) => (
                <li key={i}>{say(change.text)}</li>
              ))}
            </ul>
          )}
        </MessageBarBody>
      </MessageBar>
      {(result.warnings ?? []).map((warning) => (
        <MessageBar key={warning} intent="warning">
          <MessageBarBody>{warning}</MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
