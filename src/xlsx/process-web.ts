/**
 * The little of node's `process` that ExcelJS's sources and their stream library read in a browser
 * (webpack provides this module wherever they name `process`).
 */
const browserProcess = {
  browser: true,
  env: {} as Record<string, string | undefined>,
  version: "",
  versions: {} as Record<string, string>,
  nextTick(callback: (...args: unknown[]) => void, ...args: unknown[]): void {
    queueMicrotask(() => callback(...args));
  },
  emitWarning(): void {},
};

export default browserProcess;
