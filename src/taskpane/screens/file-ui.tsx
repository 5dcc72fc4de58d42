// Pieces the file-mode screens share: a file picker, the chosen workbook and the action run on it,
// the download of its updated copy, and the command line's equivalent (their outcome shows in the
// NoticeBar every screen uses).
import { Button, Caption1, Label, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useRef, useState, type ChangeEvent } from "react";
import { t } from "../../i18n";
import "../../i18n/areas/files";
import { Command } from "../command";
import { offerDownload, readChosenWorkbook, XLSX_MIME, type ChosenFile } from "../files";
import { useNoticeAction } from "../hooks";

const useStyles = makeStyles({
  picker: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  name: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", minWidth: 0 },
  hidden: { display: "none" },
});

/**
 * A labelled file choice with French text whatever the browser's language (the native input shows
 * the browser's own words); `onFile` receives the chosen file, or null when the choice is cleared.
 */
export function FilePicker(props: {
  label: string;
  accept: string;
  testId: string;
  onFile: (file: File | null) => void;
}) {
  const styles = useStyles();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [name, setName] = useState<string | null>(null);
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0] ?? null;
    setName(file?.name ?? null);
    props.onFile(file);
  };
  return (
    <div className={styles.picker}>
      <Label htmlFor={id}>{props.label}</Label>
      <input
        id={id}
        ref={input}
        className={styles.hidden}
        type="file"
        accept={props.accept}
        data-testid={props.testId}
        onChange={onChange}
      />
      <div className={styles.row}>
        <Button size="small" onClick={() => input.current?.click()} aria-describedby={`${id}-name`}>
          {t("file.choose")}
        </Button>
        <Caption1 id={`${id}-name`} className={styles.name} title={name ?? undefined}>
          {name ?? t("file.noneChosen")}
        </Caption1>
      </div>
    </div>
  );
}

/** The result offered as a download: the only way file mode outputs anything. */
export function DownloadButton({
  name,
  bytes,
  type,
  label,
}: {
  name: string;
  bytes: Uint8Array | string;
  type: string;
  label: string;
}) {
  return (
    <div>
      <Button appearance="primary" onClick={() => offerDownload(name, bytes, type)}>
        {label}
      </Button>
    </div>
  );
}

/** The updated copy of the chosen workbook, offered as a download, and what to do with it. */
export function WorkbookDownload({ output, hint }: { output: ChosenFile | null; hint: string }) {
  if (!output) return null;
  return (
    <>
      <DownloadButton
        name={output.name}
        bytes={output.bytes}
        type={XLSX_MIME}
        label={t("file.download", { file: output.name })}
      />
      <Caption1>{hint}</Caption1>
    </>
  );
}

/** The same work on the command line, as a secondary line. */
export function CliAlso({ command }: { command: string }) {
  return (
    <Caption1>
      <Command text={t("file.cliAlso", { command: "{command}" })} command={command} />
    </Caption1>
  );
}

/**
 * A file-mode screen's chosen workbook and the action run on it: the file, whether the action runs, its
 * notice, and the updated copy to download. `run` refuses without a file, reads it, and turns a
 * failure into the screen's sentence (`failed(reason)`), what was thrown kept for its detail.
 */
export function useChosenWorkbook(texts: { chooseFirst: string; failed: (reason: string) => string }) {
  const [file, setFile] = useState<File | null>(null);
  const [output, setOutput] = useState<ChosenFile | null>(null);
  const { busy, notice, setNotice, run: runAction } = useNoticeAction(texts.failed);
  /** Another file (or none): what was shown for the previous one goes. */
  const choose = (chosen: File | null) => {
    setFile(chosen);
    setNotice(null);
    setOutput(null);
  };
  const run = async (work: (chosen: ChosenFile) => Promise<void>): Promise<void> => {
    if (!file) return setNotice({ intent: "error", text: texts.chooseFirst });
    await runAction(async () => work(await readChosenWorkbook(file)));
  };
  return { busy, notice, setNotice, output, setOutput, choose, run };
}
