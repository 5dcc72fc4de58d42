import { useCallback, useRef, useState } from "react";
import { t } from "../i18n";
import "../i18n/areas/office";
import { officeErrorInfo, officeErrorText } from "./office-error";
import type { DetailedNotice, Failure } from "./TechnicalDetails";

/**
 * Message of anything thrown by Excel.run: an OfficeExtension.Error in the person's words (its
 * technical detail is shown apart, by TechnicalDetails), an Error's message, or a plain value.
 */
export function errorText(error: unknown): string {
  const office = officeErrorInfo(error);
  if (office) return officeErrorText(office);
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === "string" && error) return error;
  return t("office.unknownError");
}

/** What a screen shows of its action: running, its result, or why it failed. */
export interface AsyncAction<R> {
  busy: boolean;
  result: R | null;
  /** The user's sentence (French first), never a bare exception, and what was thrown (an Excel failure's detail). */
  failure: Failure | null;
  /**
   * Runs `work` unless an action is already running (then returns undefined): the previous result
   * and failure are cleared, then `work`'s result is kept, or `failure(reason)` when it throws.
   * Resolves with the result, undefined after a failure: a screen never sees an unhandled rejection.
   */
  run(work: () => Promise<R>, failure: (reason: string) => string): Promise<R | undefined>;
  /** Shows a failure found before running (a file not chosen yet), clearing the last result. */
  fail(text: string): void;
  /** Back to nothing shown. */
  reset(): void;
}

export interface AsyncState<R> {
  busy: boolean;
  result: R | null;
  failure: Failure | null;
}

/**
 * One run of an action, outside React: `update` gets each state the screen goes through (busy, then
 * the result or the failure's sentence). Never rejects: a failure is a state, resolved as undefined.
 */
export async function runAsyncAction<R>(
  work: () => Promise<R>,
  failure: (reason: string) => string,
  update: (state: AsyncState<R>) => void,
): Promise<R | undefined> {
  update({ busy: true, result: null, failure: null });
  let result: R;
  try {
    result = await work();
  } catch (error) {
    update({ busy: false, result: null, failure: { text: failure(errorText(error)), error } });
    return undefined;
  }
  update({ busy: false, result, failure: null });
  return result;
}

/**
 * The busy flag, result and error of a screen's asynchronous action (build, check, read a file…),
 * with the try/catch/finally every screen used to write itself.
 */
export function useAsyncAction<R>(): AsyncAction<R> {
  const [state, setState] = useState<AsyncState<R>>({ busy: false, result: null, failure: null });
  // A second click while the first action runs is ignored (the ref sees it before React re-renders).
  const running = useRef(false);
  const run = useCallback(
    async (work: () => Promise<R>, failure: (reason: string) => string): Promise<R | undefined> => {
      if (running.current) return undefined;
      running.current = true;
      try {
        return await runAsyncAction(work, failure, setState);
      } finally {
        running.current = false;
      }
    },
    [],
  );
  const fail = useCallback((text: string) => setState((s) => ({ ...s, result: null, failure: { text } })), []);
  const reset = useCallback(() => setState((s) => ({ ...s, result: null, failure: null })), []);
  return { ...state, run, fail, reset };
}

/**
 * A screen's action whose outcome is a notice (a sentence, a warning, or a failure with its Excel
 * detail): whether it runs, the notice, and `run(work, failed)`, which clears the notice, then shows
 * `failed(reason)` if `work` throws, what was thrown kept for its technical detail.
 */
export function useNoticeAction(failed: (reason: string) => string) {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<DetailedNotice>(null);
  const run = async (work: () => Promise<void>, failure: (reason: string) => string = failed): Promise<void> => {
    setBusy(true);
    setNotice(null);
    try {
      await work();
    } catch (error) {
      setNotice({ intent: "error", text: failure(errorText(error)), error });
    } finally {
      setBusy(false);
    }
  };
  return { busy, notice, setNotice, run };
}
