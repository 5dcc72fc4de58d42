/**
 * A stand-in for office.js, for browser tests of the task pane's Excel mode. Bundled for the page
 * (esbuild, IIFE) and served where taskpane.html asks for office.js, it defines `Office` (host
 * Excel, display language, document settings in memory), `Excel.run` over the recording fake of
 * test/support/fake-excel.ts, and `CustomFunctions` (records the functions the page associates).
 * The test reads and damages the fake workbook through `window.officeStub`.
 *
 * Options come from `window.officeStubOptions`, set by the test before the page's scripts run.
 */
import { createFakeExcel, formatA1, type FakeContext } from "./fake-excel";

export interface OfficeStubOptions {
  /** What Office.context.displayLanguage answers ("fr-FR", "en-US"). */
  displayLanguage: string;
}

/** A plain-data view of the fake workbook, for assertions on the Node side. */
export interface FakeWorkbookView {
  sheets: string[];
  tables: { name: string; sheet: string; address: string; headers: string[]; dataRows: number }[];
  names: { name: string; formula: string }[];
  validations: { sheet: string; address: string; type: string }[];
  marks: { sheet: string; address: string; formula: string; fill: string | null }[];
  selection: { sheet: string; address: string } | null;
}

export interface OfficeStubHandle {
  fake: FakeContext;
  /** Office.context.document.settings, as last saved by saveAsync. */
  savedSettings: Record<string, unknown>;
  /** Calls of Office.context.document.settings.refreshAsync. */
  settingsRefreshes: number;
  /** The options of each Excel.run call (null when none were given), in order. */
  runOptions: (Record<string, unknown> | null)[];
  /** Ids passed to CustomFunctions.associate, in order. */
  associated: string[];
  view(): FakeWorkbookView;
  /** A cell as the fake stores it: formula without "=", or value. */
  cell(sheet: string, address: string): { formula?: string; value?: unknown } | null;
  select(sheet: string, address: string): void;
}

export interface OfficeStubWindow {
  officeStubOptions?: OfficeStubOptions;
  officeStub?: OfficeStubHandle;
}

/** The sheet a new workbook opens with in French Excel. */
export const FIRST_SHEET = "Feuil1";

const page = globalThis as unknown as OfficeStubWindow & Record<string, unknown>;

// The fake sizes payloads with Buffer.byteLength, which a browser lacks: UTF-8 bytes are the same count.
if (typeof page.Buffer === "undefined") {
  const encoder = new TextEncoder();
  page.Buffer = { byteLength: (text: string) => encoder.encode(text).length };
}

const { fake, context } = createFakeExcel();
fake.workbook.addSheetDirect(FIRST_SHEET);
fake.selection = { sheet: FIRST_SHEET, address: "A1" };

const settings = new Map<string, unknown>();
const handle: OfficeStubHandle = {
  fake,
  savedSettings: {},
  settingsRefreshes: 0,
  runOptions: [],
  associated: [],
  view: () => {
    const wb = fake.workbook;
    return {
      sheets: wb.sheetList.map((s) => s.name),
      tables: wb.tableList.map((t) => ({
        name: t.name,
        sheet: t.sheet.name,
        address: formatA1(t.rect),
        headers: t.headers(),
        dataRows: t.rect.rowCount - 1,
      })),
      names: wb.nameList.map((n) => ({ ...n })),
      validations: wb.sheetList.flatMap((s) =>
        s.validations.map((v) => ({ sheet: s.name, address: formatA1(v.rect), type: Object.keys(v.rule)[0] ?? "" })),
      ),
      // One entry per area: a format over several areas marks each of them.
      marks: wb.sheetList.flatMap((s) =>
        s.conditionalFormats.flatMap((cf) =>
          cf.areas.map((area) => ({ sheet: s.name, address: formatA1(area), formula: cf.formula, fill: cf.fill })),
        ),
      ),
      selection: fake.selection ? { ...fake.selection } : null,
    };
  },
  cell: (sheet, address) => {
    const stored = fake.workbook.cell(sheet, address);
    return stored ? { formula: stored.formula, value: stored.value } : null;
  },
  select: (sheet, address) => {
    fake.selection = { sheet, address };
  },
};
page.officeStub = handle;

const options: OfficeStubOptions = page.officeStubOptions ?? { displayLanguage: "fr-FR" };
const HostType = {
  Excel: "Excel",
  Word: "Word",
  PowerPoint: "PowerPoint",
  Outlook: "Outlook",
  OneNote: "OneNote",
  Project: "Project",
  Access: "Access",
};
const AsyncResultStatus = { Succeeded: "succeeded", Failed: "failed" };

page.Office = {
  HostType,
  AsyncResultStatus,
  onReady: (callback?: (info: { host: string; platform: string }) => void) => {
    const info = { host: HostType.Excel, platform: "OfficeOnline" };
    callback?.(info);
    return Promise.resolve(info);
  },
  context: {
    displayLanguage: options.displayLanguage,
    document: {
      settings: {
        get: (name: string) => (settings.has(name) ? settings.get(name) : null),
        set: (name: string, value: unknown) => void settings.set(name, JSON.parse(JSON.stringify(value))),
        remove: (name: string) => void settings.delete(name),
        // Another user's saved settings would arrive here; the stub's copy is the only one.
        refreshAsync: (callback?: (result: { status: string; value: unknown }) => void) => {
          handle.settingsRefreshes += 1;
          setTimeout(() => callback?.({ status: AsyncResultStatus.Succeeded, value: undefined }), 0);
        },
        saveAsync: (callback?: (result: { status: string; value: undefined }) => void) => {
          handle.savedSettings = Object.fromEntries(settings);
          setTimeout(() => callback?.({ status: AsyncResultStatus.Succeeded, value: undefined }), 0);
        },
      },
    },
  },
};

// Like Excel.run (with or without its options): the batch runs against one context, then whatever is
// still queued is synced. The options each call passed are recorded.
page.Excel = {
  run: async <T>(first: unknown, second?: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const batch = (typeof first === "function" ? first : second) as (ctx: Excel.RequestContext) => Promise<T>;
    handle.runOptions.push(typeof first === "function" ? null : (first as Record<string, unknown>));
    const result = await batch(context);
    await context.sync();
    return result;
  },
};

class CustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? code);
  }
}
page.CustomFunctions = {
  associate: (id: string) => void handle.associated.push(id),
  Error: CustomFunctionError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  },
};
