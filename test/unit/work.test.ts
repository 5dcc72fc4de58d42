// The rules every long work's progress follows, whoever reports it (features, adapters, readers).
import {
  beforeWrite,
  checkpoint,
  isCancelled,
  pacedWithinStep,
  withinStep,
  workDone,
  writingStep,
  type WorkControl,
  type WorkProgress,
} from "../../src/features/work";

function recorder(): { control: WorkControl; seen: WorkProgress[]; abort: () => void } {
  const abort = new AbortController();
  const seen: WorkProgress[] = [];
  return { control: { signal: abort.signal, onProgress: (p) => seen.push(p) }, seen, abort: () => abort.abort() };
}

afterEach(() => jest.restoreAllMocks());

describe("the progress of a long work", () => {
  it("places a report inside a step between the step's bounds, and names the step", async () => {
    const { control, seen } = recorder();
    await checkpoint(control, 0.2, 0.6, "read");
    await withinStep(control, 0.5);
    // Halfway through 0.2 → 0.6 is 0.4.
    expect(seen.map((p) => [p.fraction, p.step])).toEqual([
      [0.2, "read"],
      [0.4, "read"],
    ]);
  });

  it("keeps the step named last until another is named", async () => {
    const { control, seen } = recorder();
    await checkpoint(control, 0, 0.5, "read");
    await checkpoint(control, 0.5);
    await checkpoint(control, 0.7, 1, "check");
    expect(seen.map((p) => p.step)).toEqual(["read", "read", "check"]);
  });

  it("never moves the bar back: a step a caller already did, begun again by the feature, starts where the work got", async () => {
    const { control, seen } = recorder();
    // The caller reads the table within 0 → 0.3, then the feature starts its own read step at 0.
    await checkpoint(control, 0, 0.3, "read");
    await withinStep(control, 1);
    await checkpoint(control, 0, 0.3, "read");
    await withinStep(control, 0.5);
    await checkpoint(control, 0.3);
    expect(seen.map((p) => p.fraction)).toEqual([0, 0.3, 0.3, 0.3, 0.3]);
  });

  it("stops at a safe point once cancelled, and not at all once writing has started", async () => {
    const before = recorder();
    await checkpoint(before.control, 0, 0.5);
    before.abort();
    expect(isCancelled(await withinStep(before.control, 0.5).catch((e: unknown) => e))).toBe(true);

    const writing = recorder();
    await beforeWrite(writing.control, 0.8);
    writing.abort();
    await writingStep(writing.control, 0.5);
    workDone(writing.control);
    // The write's reports go on, none of them cancellable; halfway through 0.8 → 1 is 0.9.
    expect(writing.seen.map((p) => [p.fraction, p.cancellable, p.step])).toEqual([
      [0.8, true, "write"],
      [0.8, false, "write"],
      [0.9, false, "write"],
      [1, false, "write"],
    ]);
  });

  it("ends full; a work that wrote nothing may still be told to stop, harmlessly", async () => {
    const { control, seen } = recorder();
    await checkpoint(control, 0.75, 1, "check");
    workDone(control);
    expect(seen.at(-1)).toEqual({ fraction: 1, cancellable: true, step: "check" });
  });

  it("reports a reader's many small pieces at most once per interval of work", async () => {
    let now = 1000;
    jest.spyOn(Date, "now").mockImplementation(() => now);
    const { control, seen } = recorder();
    await checkpoint(control, 0, 1, "read");
    const pace = pacedWithinStep(control, 100);
    const waits: boolean[] = [];
    // Pieces every 30 ms: the 4th (120 ms after the start) is reported, then the 8th (120 ms after that report).
    for (let piece = 1; piece <= 8; piece++) {
      now += 30;
      const wait = pace(piece / 8);
      waits.push(wait !== undefined);
      if (wait) await wait;
    }
    expect(waits).toEqual([false, false, false, true, false, false, false, true]);
    expect(seen.map((p) => p.fraction)).toEqual([0, 4 / 8, 8 / 8]);
  });

  it("costs nothing when nobody follows the work (the command line)", async () => {
    const pace = pacedWithinStep(undefined, 0);
    expect(pace(0.5)).toBeUndefined();
    await expect(checkpoint(undefined, 0.5)).resolves.toBeUndefined();
  });
});
