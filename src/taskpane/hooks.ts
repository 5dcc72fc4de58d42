import { useCallback, useRef, useState } from "react";
import { t } from "../i18n";
import "../i18n/areas/office";
import { officeErrorInfo, officeErrorText } from "./office-error";

/** The outcome of the last action, shown in a message bar (never only in the console). */
export type Notice = { intent: "success" | "error"; text: string } | null;

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

/** What a screen shows of its action: running, its result, or the sentence saying why it failed. */
export interface AsyncAction<R> {
  busy: boolean;
  result: R | null;
  /** The user's sentence (French first), never a bare exception. */
  error: string | null;
  /**
   * Runs `work` unless an action is already running (then returns undefined): the previous result
   * and error are cleared, then `work`'s result is kept, or `failure(reason)` when it throws.
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
  error: string | null;
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
  update({ busy: true, result: null, error: null });
  let result: R;
  try {
    result = await work();
  } catch (error) {
    update({ busy: false, result: null, error: failure(errorText(error)) });
    return undefined;
  }
  update({ busy: false, result, error: null });
  return result;
}

/**
 * The busy flag, result and error of a screen's asynchronous action (build, check, read a file…),
 * with the try/catch/finally every screen used to write itself.
 */
export function useAsyncAction<R>(): AsyncAction<R> {
  const [state, setState] = useState<AsyncState<R>>({ busy: false, result: null, error: null });
  // A second click while the first action runs is ignored (the ref sees it before React re-renders).
  const running = useRef(false);
  const run = useCallback(async (work: () => Promise<R>, failure: (reason: string) => string): Promise<R | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    try {
      return await runAsyncAction(work, failure, setState);
    } finally {
      running.current = false;
    }
  }, []);
  const fail = useCallback((text: string) => setState((s) => ({ ...s, result: null, error: text })), []);
  const reset = useCallback(() => setState((s) => ({ ...s, result: null, error: null })), []);
  return { ...state, run, fail, reset };
}
