import type { Convention } from "../core/convention";
import type { EvaluationFigures, PeriodRequest } from "../core/evaluation";
import { prepareEvaluation } from "../features/evaluate";
import { run } from "./actions";
import { dashboardInExcel, evaluateInExcel, refreshPivots, type OfficeDashboard, type OfficeEvaluation } from "./evaluation";
import { OfficeWorkbook } from "./workbook";

/**
 * What the Évaluer and Tableau de bord screens ask of Excel: one batch each, through the actions' `run`
 * (Excel.run with delayForCellEdit), so a cell being edited delays the batch instead of failing it.
 */
export interface EvaluationActions {
  preview(convention: Convention, request: PeriodRequest, today: string): Promise<{ ok: true; figures: EvaluationFigures; errors: number } | { ok: false; reason: string }>;
  write(convention: Convention, request: PeriodRequest, today: string, force: boolean): Promise<OfficeEvaluation>;
  dashboard(): Promise<OfficeDashboard>;
  refresh(): Promise<void>;
}

export const evaluationActions: EvaluationActions = {
  preview: (convention, request, today) =>
    run(async (context) => {
      const outcome = await prepareEvaluation(new OfficeWorkbook(context), convention, request, { today });
      return outcome.ok ? { ok: true as const, figures: outcome.figures, errors: outcome.context.check.errors } : outcome;
    }),
  write: (convention, request, today, force) => run((context) => evaluateInExcel(context, convention, request, { today, force })),
  dashboard: () => run((context) => dashboardInExcel(context)),
  refresh: () => run((context) => refreshPivots(context)),
};
