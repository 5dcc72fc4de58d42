// Long work (a large import, the check of a large workbook, an evaluation) reports how far it got
// and can be stopped, but only at points where stopping leaves the workbook as it was: between
// reads, or before the first write. Once writing starts the work goes to its end (a half-written
// table or file is worse than a wait).

/** What a caller gives a long piece of work to follow it and stop it. */
export interface WorkControl {
  /** `done` of `total` steps; `cancellable` false once writing has started. */
  onProgress?: (progress: WorkProgress) => void;
  /** Aborted: the work stops at its next safe point with a WorkCancelled error. */
  signal?: AbortSignal;
}

/** What a work is doing, for the line under its bar: reading the workbook, checking its rows, computing, writing. */
export type WorkStep = "read" | "check" | "compute" | "write";

export interface WorkProgress {
  /** 0 … 1, never lower than an earlier report of the same work. */
  fraction: number;
  cancellable: boolean;
  /** The step under way, when the work names its steps. */
  step?: WorkStep;
}

/** Thrown at a safe point after the caller cancelled: nothing was written. */
export class WorkCancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "WorkCancelled";
  }
}

export const isCancelled = (error: unknown): error is WorkCancelled => error instanceof WorkCancelled;

// The step a work is in (from its last checkpoint to the next one), so that an adapter reading in
// chunks reports within it without knowing the feature's steps; and how far the work got, so that
// a step a caller already did (the file reader's long read before an import) does not move the bar
// back when the feature starts it again.
interface State {
  from: number;
  to: number;
  step?: WorkStep;
  reached: number;
  cancellable: boolean;
}
const states = new WeakMap<WorkControl, State>();

function stateOf(work: WorkControl): State {
  let state = states.get(work);
  if (!state) states.set(work, (state = { from: 0, to: 0, reached: 0, cancellable: true }));
  return state;
}

function report(work: WorkControl, state: State, fraction: number, cancellable: boolean): void {
  state.reached = Math.max(state.reached, clamp(fraction));
  state.cancellable = cancellable;
  work.onProgress?.({ fraction: state.reached, cancellable, ...(state.step ? { step: state.step } : {}) });
}

/** A macrotask: the page repaints the bar and takes the Cancel click before the work goes on. */
const pause = (): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A safe point: reports `fraction` (the step up to `next` begins, named `step` when given, the
 * current one otherwise), lets the page repaint and take the Cancel click (a macrotask, only when
 * someone follows the work), then stops if cancelled.
 */
export async function checkpoint(
  work: WorkControl | undefined,
  fraction: number,
  next = fraction,
  step?: WorkStep,
): Promise<void> {
  if (!work) return;
  const state = stateOf(work);
  state.from = Math.max(state.reached, clamp(fraction));
  state.to = Math.max(state.from, clamp(next));
  if (step) state.step = step;
  report(work, state, state.from, true);
  await pause();
  if (work.signal?.aborted) throw new WorkCancelled();
}

/** A safe point inside the current step (between two read chunks): `part` of it is done. */
export async function withinStep(work: WorkControl | undefined, part: number): Promise<void> {
  if (!work) return;
  const state = stateOf(work);
  report(work, state, state.from + (state.to - state.from) * clamp(part), true);
  await pause();
  if (work.signal?.aborted) throw new WorkCancelled();
}

/**
 * How often a reader that gives its progress in many small pieces reports it (and pauses): four times a second
 * still moves the bar smoothly. Each pause costs the page a few milliseconds (a timer, a repaint): ten a second made
 * a 100 000-row check in Chromium about 6 % longer (and its page's CPU time 20 % higher), four a second keep it
 * within a couple of per cent, under the noise between runs.
 */
export const PACED_INTERVAL_MS = 250;

/**
 * withinStep for a reader that can say how far it got many times a second (the file reader, after
 * each inflated piece of a sheet): a report and a safe point at most every `interval` ms of work,
 * so the bar moves and a cancel is taken without the pauses costing anything measurable. Between
 * two reports it answers undefined and the reader goes on without waiting.
 */
export function pacedWithinStep(
  work: WorkControl | undefined,
  interval = PACED_INTERVAL_MS,
): (part: number) => Promise<void> | undefined {
  if (!work) return () => undefined;
  let last = Date.now();
  return (part) => {
    if (Date.now() - last < interval) return undefined;
    // The interval counts work only: it starts again once the page had its turn.
    return withinStep(work, part).then(() => void (last = Date.now()));
  };
}

/** Progress while writing (chunk after chunk): shown, but there is no stopping any more. */
export async function writingStep(work: WorkControl | undefined, part: number): Promise<void> {
  if (!work) return;
  // Without a step begun (a write followed on its own), the write is the whole work.
  const state = states.get(work) ?? Object.assign(stateOf(work), { to: 1 });
  report(work, state, state.from + (state.to - state.from) * clamp(part), false);
  await pause();
}

/** The last safe point before a write; from here on the work cannot be cancelled. */
export async function beforeWrite(work: WorkControl | undefined, fraction: number, next = 1): Promise<void> {
  await checkpoint(work, fraction, next, "write");
  if (work) report(work, stateOf(work), fraction, false);
}

/** The work is over: the bar shows it full (a cancel clicked now finds nothing left to stop). */
export function workDone(work: WorkControl | undefined): void {
  if (!work) return;
  const state = stateOf(work);
  report(work, state, 1, state.cancellable);
}

const clamp = (x: number): number => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);
