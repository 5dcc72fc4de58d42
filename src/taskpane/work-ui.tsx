// The progress of a long piece of work (check, import, evaluation, dashboard) and its Cancel button,
// which is offered only while stopping is safe (see src/features/work.ts).
import { Button, Field, MessageBar, MessageBarBody, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { t, type StringKey } from "../i18n";
import "../i18n/areas/common";
import { isCancelled, type WorkControl, type WorkProgress, type WorkStep } from "../features/work";

/** The line under the bar for each step a work names. */
const STEP_TEXT = {
  read: "work.step.read",
  check: "work.step.check",
  compute: "work.step.compute",
  write: "work.step.write",
} as const satisfies Record<WorkStep, StringKey>;

/**
 * What the line under the bar says: once writing has started, that it can no longer be stopped; before, the step
 * under way.
 */
export function progressHint(progress: WorkProgress): string | undefined {
  if (!progress.cancellable) return t("work.writing");
  return progress.step ? t(STEP_TEXT[progress.step]) : undefined;
}

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

/**
 * A screen's long work: its progress, its cancel, and « nothing was changed » after one. `follow`
 * runs a task with a fresh WorkControl; a cancel ends it quietly, any other error goes on to the
 * screen's notice.
 */
export function useCancellableWork() {
  const work = useWork();
  const [cancelled, setCancelled] = useState(false);
  const follow = async (task: (control: WorkControl) => Promise<void>): Promise<void> => {
    setCancelled(false);
    try {
      await task(work.start());
    } catch (error) {
      if (isCancelled(error)) return setCancelled(true);
      throw error;
    } finally {
      work.finish();
    }
  };
  return { work, cancelled, setCancelled, follow };
}

/** The bar (Fluent ProgressBar, its label the work's name) and Cancel while the work may stop. */
export function WorkProgressBar({
  label,
  progress,
  onCancel,
}: {
  label: string;
  progress: WorkProgress;
  onCancel: () => void;
}) {
  const styles = useStyles();
  return (
    <div className={styles.row} data-testid="work-progress">
      <Field className={styles.bar} label={label} validationState="none" validationMessage={progressHint(progress)}>
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
