// Shared by the command line (open.ts) and the task pane (browser.ts): both read files from other tools.
/**
 * ExcelJS 4.4 finds a sheet's tables, comments and drawings only through relative relationship
 * targets ("../tables/table1.xml"); openpyxl and some other tools write absolute ones
 * ("/xl/tables/table1.xml"), and ExcelJS then crashes on a table it cannot find. Both name the
 * same part: make absolute targets relative before ExcelJS resolves them.
 */
export function acceptAbsoluteSheetTargets(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const WorksheetXform = require("exceljs/lib/xlsx/xform/sheet/worksheet-xform");
  const proto = WorksheetXform.prototype as { reconcile: (model: unknown, options: unknown) => unknown; absoluteTargets?: true };
  if (proto.absoluteTargets) return;
  const original = proto.reconcile;
  proto.reconcile = function reconcile(this: unknown, model: unknown, options: unknown) {
    const rels = (model as { relationships?: { Target?: unknown; TargetMode?: unknown }[] } | null)?.relationships ?? [];
    for (const rel of rels) {
      if (typeof rel.Target === "string" && rel.TargetMode !== "External" && rel.Target.startsWith("/xl/")) {
        rel.Target = `../${rel.Target.slice("/xl/".length)}`;
      }
    }
    return original.call(this, model, options);
  };
  proto.absoluteTargets = true;
}
