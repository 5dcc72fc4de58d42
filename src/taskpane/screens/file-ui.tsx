// Pieces the file-mode screens share: a file picker, the error bar, the download button.
import { useId, useRef, useState, type ChangeEvent } from "react";
import { Button, Caption1, Label, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { t } from "../../i18n";
import "../../i18n/areas/files";
import { offerDownload } from "../files";

const useStyles = makeStyles({
  picker: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  name: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", minWidth: 0 },
  hidden: { display: "none" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * A labelled file choice with French text whatever the browser's language (the native input shows
 * the browser's own words); `onFile` receives the chosen file, or null when the choice is cleared.
 */
export function FilePicker(props: { label: string; accept: string; testId: string; onFile: (file: File | null) => void }) {
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
      <input id={id} ref={input} className={styles.hidden} type="file" accept={props.accept} data-testid={props.testId} onChange={onChange} />
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

/** What went wrong, in a message bar (never only in the console); `details` as a list under it. */
export function ErrorBar({ text, details = [] }: { text: string; details?: readonly string[] }) {
  const styles = useStyles();
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        {details.length > 0 ? <MessageBarTitle>{text}</MessageBarTitle> : text}
        {details.length > 0 && (
          <ul className={styles.list}>
            {details.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

/** The result offered as a download: the only way file mode outputs anything. */
export function DownloadButton({ name, bytes, type, label }: { name: string; bytes: Uint8Array | string; type: string; label: string }) {
  return (
    <div>
      <Button appearance="primary" onClick={() => offerDownload(name, bytes, type)}>
        {label}
      </Button>
    </div>
  );
}
