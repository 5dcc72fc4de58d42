import type { Convention } from "../core/convention";
import type { EvaluationFigures, PeriodRequest } from "../core/evaluation";
import { prepareEvaluation } from "../features/evaluate";
import { workDone, type WorkControl } from "../features/work";
import { run } from "./actions";
import {
  dashboardInExcel,
  evaluateInExcel,
  refreshPivots,
  type OfficeDashboard,
  type OfficeEvaluation,
} from "./evaluation";
import { OfficeWorkbook } from "./workbook";

/**
 * What the Évaluer and Tableau de bord screens ask of Excel: one batch each, through the actions' `run`
 * (Excel.run with delayForCellEdit), so a cell being edited delays the batch instead of failing it.
 */
export interface EvaluationActions {
  /** `work`: progress and a cancel at any step (a preview writes nothing). */
  preview(
    convention: Convention,
    request: PeriodRequest,
    today: string,
    work?: WorkControl,
  ): Promise<{ ok: true; figures: EvaluationFigures; errors: number } | { ok: false; reason: string }>;
  /** `work`: progress, and a cancel until the sheet starts being written. */
  write(
    convention: Convention,
    request: PeriodRequest,
    today: string,
    force: boolean,
    work?: WorkControl,
  ): Promise<OfficeEvaluation>;
  dashboard(): Promise<OfficeDashboard>;
  refresh(): Promise<void>;
}

export const evaluationActions: EvaluationActions = {
  preview: (convention, request, today, work) =>
    run(async (context) => {
      const outcome = await prepareEvaluation(new OfficeWorkbook(context, undefined, work), convention, request, {
        today,
        work,
      });
      if (!outcome.ok) return outcome;
      workDone(work);
      return { ok: true as const, figures: outcome.figures, errors: outcome.context.check.errors };
    }),
  write: (convention, request, today, force, work) =>
    run((context) => evaluateInExcel(context, convention, request, { today, force, work })),
  dashboard: () => run((context) => dashboardInExcel(context)),
  refresh: () => run((context) => refreshPivots(context)),
};
