// Long work (a large import, the check of a large workbook) reports how far it got and can be
// stopped, but only at points where stopping leaves the workbook as it was: between reads, or
// before the first write. Once writing starts the work goes to its end (a half-written table or
// file is worse than a wait).

/** What a caller gives a long piece of work to follow it and stop it. */
export interface WorkControl {
  /** `done` of `total` steps; `cancellable` false once writing has started. */
  onProgress?: (progress: WorkProgress) => void;
  /** Aborted: the work stops at its next safe point with a WorkCancelled error. */
  signal?: AbortSignal;
}

export interface WorkProgress {
  /** 0 … 1. */
  fraction: number;
  cancellable: boolean;
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
// chunks reports within it without knowing the feature's steps.
const steps = new WeakMap<WorkControl, { from: number; to: number }>();

/**
 * A safe point: reports `fraction` (the step up to `next` begins), lets the page repaint and take
 * the Cancel click (a macrotask, only when someone follows the work), then stops if cancelled.
 */
export async function checkpoint(work: WorkControl | undefined, fraction: number, next = fraction): Promise<void> {
  if (!work) return;
  steps.set(work, { from: clamp(fraction), to: clamp(Math.max(fraction, next)) });
  work.onProgress?.({ fraction: clamp(fraction), cancellable: true });
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  if (work.signal?.aborted) throw new WorkCancelled();
}

/** A safe point inside the current step (between two read chunks): `part` of it is done. */
export async function withinStep(work: WorkControl | undefined, part: number): Promise<void> {
  if (!work) return;
  const step = steps.get(work) ?? { from: 0, to: 0 };
  work.onProgress?.({ fraction: step.from + (step.to - step.from) * clamp(part), cancellable: true });
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  if (work.signal?.aborted) throw new WorkCancelled();
}

/** Progress while writing (chunk after chunk): shown, but there is no stopping any more. */
export async function writingStep(work: WorkControl | undefined, part: number): Promise<void> {
  if (!work) return;
  const step = steps.get(work) ?? { from: 0, to: 1 };
  work.onProgress?.({ fraction: step.from + (step.to - step.from) * clamp(part), cancellable: false });
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
}

/** The last safe point before a write; from here on the work cannot be cancelled. */
export async function beforeWrite(work: WorkControl | undefined, fraction: number, next = 1): Promise<void> {
  await checkpoint(work, fraction, next);
  work?.onProgress?.({ fraction: clamp(fraction), cancellable: false });
}

const clamp = (x: number): number => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);
