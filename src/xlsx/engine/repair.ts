import type { PlanOp } from "../../core/plan-types";
import type { PackageWorkbook } from "./port";

export function applyPlan(_book: PackageWorkbook, _ops: PlanOp[]): void {
  throw new Error("not yet");
}
