import { CHUNK_BUDGET_BYTES, isPayloadError } from "./chunking";

/**
 * One unit of work sent to Excel: `queue()` queues its Office.js statements (fresh proxies each
 * time, so that it can be sent again after a refused request) and may return what to do with the
 * loaded values once the sync succeeded. A block of rows can be cut in two.
 */
export interface RequestItem {
  /** Estimated request plus response bytes. */
  bytes: number;
  /** Rows of the user's data this item writes (what a failure reports as written or not). */
  rows: number;
  queue(): (() => void) | void;
  split?(): [RequestItem, RequestItem];
}

/**
 * Sends items in requests whose estimated size stays within the budget; every read and write of the
 * adapter goes through one of these. A request Excel refuses as too large (a payload error, or
 * GeneralException on older builds of Excel on the web) applied nothing: it is sent again in two
 * halves, down to single rows. Writes suspend calculation until their sync.
 */
export class Requests {
  /** Rows of items whose request reached the workbook. */
  rowsDone = 0;
  private pending: RequestItem[] = [];
  private pendingBytes = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly sync: () => Promise<void>,
    private readonly options: { budget?: number; writes: boolean },
  ) {}

  private get budget(): number {
    return this.options.budget ?? CHUNK_BUDGET_BYTES;
  }

  /** Adds an item, first sending what is pending when the item would not fit with it. */
  async add(item: RequestItem): Promise<void> {
    if (this.pending.length > 0 && this.pendingBytes + item.bytes > this.budget) await this.flush();
    this.pending.push(item);
    this.pendingBytes += item.bytes;
  }

  async flush(): Promise<void> {
    const items = this.pending;
    this.pending = [];
    this.pendingBytes = 0;
    if (items.length > 0) await this.send(items);
  }

  private async send(items: RequestItem[]): Promise<void> {
    if (this.options.writes) this.context.application.suspendApiCalculationUntilNextSync();
    const collectors = items.map((item) => item.queue());
    try {
      await this.sync();
    } catch (error) {
      if (!isPayloadError(error)) throw error;
      if (items.length > 1) {
        const middle = Math.ceil(items.length / 2);
        await this.send(items.slice(0, middle));
        await this.send(items.slice(middle));
        return;
      }
      const halves = items[0].split?.();
      if (!halves) throw error;
      await this.send([halves[0]]);
      await this.send([halves[1]]);
      return;
    }
    for (const collect of collectors) collect?.();
    this.rowsDone += items.reduce((sum, item) => sum + item.rows, 0);
  }
}
