// The progress of a long piece of work (check, import) and its Cancel button, which is offered only
// while stopping is safe (see src/features/work.ts).
import { useRef, useState } from "react";
import { Button, Field, MessageBar, MessageBarBody, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { t } from "../i18n";
import "../i18n/areas/common";
import type { WorkControl, WorkProgress } from "../features/work";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS, minWidth: 0 },
  bar: { flexGrow: 1, minWidth: 0 },
});

/** A fresh WorkControl per run, the progress it reports, and a cancel for the running one. */
export function useWork() {
  const [progress, setProgress] = useState<WorkProgress | null>(null);
  const controller = useRef<AbortController | null>(null);
  return {
    progress,
    /** Starts following a new run (the previous one, if any, is forgotten). */
    start(): WorkControl {
      const abort = new AbortController();
      controller.current = abort;
      setProgress({ fraction: 0, cancellable: true });
      return { signal: abort.signal, onProgress: (p) => controller.current === abort && setProgress(p) };
    },
    cancel(): void {
      controller.current?.abort();
    },
    finish(): void {
      controller.current = null;
      setProgress(null);
    },
  };
}

/** The bar (Fluent ProgressBar, its label the work's name) and Cancel while the work may stop. */
export function WorkProgressBar({ label, progress, onCancel }: { label: string; progress: WorkProgress; onCancel: () => void }) {
  const styles = useStyles();
  return (
    <div className={styles.row} data-testid="work-progress">
      <Field className={styles.bar} label={label} validationState="none" validationMessage={progress.cancellable ? undefined : t("work.writing")}>
        <ProgressBar value={progress.fraction} max={1} thickness="large" />
      </Field>
      <Button size="small" disabled={!progress.cancellable} onClick={onCancel}>
        {t("work.cancel")}
      </Button>
    </div>
  );
}

/** Said after a cancel: the work stopped at a safe point, so nothing was changed. */
export function CancelledNote() {
  return (
    <MessageBar intent="info" role="status" data-testid="work-cancelled">
      <MessageBarBody>{t("work.cancelled")}</MessageBarBody>
    </MessageBar>
  );
}
