import { Body1, Button, Caption1, Spinner, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect } from "react";
import { isoToSerial, serialToFrench } from "../../core/dates";
import { getLocale, t } from "../../i18n";
import "../../i18n/areas/home";
import { loadFileMode, readChosenWorkbook } from "../files";
import { useAsyncAction } from "../hooks";
import { lastCheck, localToday } from "../last-check";
import type { WorkbookStatus } from "../status";
import { NoticeBar, failureNotice } from "../TechnicalDetails";
import { FilePicker } from "./file-ui";
import type { ScreenProps } from "./types";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  facts: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** A date as French Excel shows it (01/01/2021), from ISO. */
export const shownDate = (iso: string): string => serialToFrench(isoToSerial(iso) ?? NaN) ?? iso;
/** Euros as a French reader writes them: 11 699 € (no decimals when whole). */
export const shownEuros = (amount: number): string =>
  new Intl.NumberFormat(getLocale() === "en" ? "en-GB" : "fr-FR", {
    style: "currency",
    currency: "EUR",
    maximumFractionDigits: Number.isInteger(amount) ? 0 : 2,
  }).format(amount);
export const shownCount = (count: number): string =>
  new Intl.NumberFormat(getLocale() === "en" ? "en-GB" : "fr-FR").format(count);

/** The one action that matters now: build what is missing, fix what the last check found, or log acts. */
export function nextAction(
  status: WorkbookStatus,
  checked: { errors: number } | null,
): { target: string; labelKey: "home.action.build" | "home.action.check" | "home.action.entry" } {
  if (!status.built) return { target: "build", labelKey: "home.action.build" };
  if (!checked || checked.errors > 0) return { target: "check", labelKey: "home.action.check" };
  return { target: "entry", labelKey: "home.action.entry" };
}

/** "Accueil": where the workbook stands and the one action that matters now. */
export function HomeScreen({ host, navigate }: ScreenProps) {
  const styles = useStyles();
  const inExcel = host.kind === "excel";
  const today = localToday();
  const { busy, result: status, failure, run, reset } = useAsyncAction<WorkbookStatus>();
  const read = (work: () => Promise<WorkbookStatus>) => run(work, (reason) => t("home.readFailed", { reason }));

  useEffect(() => {
    // The reading code (check rules, the settings' schema) comes after the first paint, on demand.
    if (inExcel)
      void read(async () => {
        // One chunk (fetched early by index.tsx): a second import here would be a second round trip.
        const { readExcelStatus } = await import("../../office/home");
        return readExcelStatus(today);
      });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [inExcel]);

  const chooseFile = (file: File | null) => {
    if (!file) return reset();
    void read(async () => {
      const chosen = await readChosenWorkbook(file);
      const [mode, { METZ_2021_2023 }] = await Promise.all([loadFileMode(), import("../../core/preset")]);
      return mode.fileStatus(chosen, METZ_2021_2023, today);
    });
  };

  const checked = lastCheck();
  const action = status ? nextAction(status, checked) : null;

  return (
    <section className={styles.stack} aria-labelledby="home-title">
      <Subtitle2 as="h2" id="home-title">
        {t("home.title")}
      </Subtitle2>
      {!inExcel && (
        <>
          <Body1>{t("home.introFile")}</Body1>
          <FilePicker label={t("home.file")} accept=".xlsx" testId="home-workbook" onFile={chooseFile} />
          <div className={styles.buttons}>
            <Button onClick={() => navigate?.("build")}>{t("home.newWorkbook")}</Button>
          </div>
        </>
      )}
      {busy && <Spinner size="tiny" label={t("home.reading")} />}
      <NoticeBar notice={failureNotice(failure)} />
      {status && (
        <dl className={styles.facts} data-testid="home-status">
          <dt className={styles.term}>{t("home.workbook")}</dt>
          <dd className={styles.value}>
            {status.built
              ? t("home.built", { number: status.convention.number })
              : status.missingSheets.length === 5
                ? t("home.notBuilt")
                : t("home.incomplete", { sheets: status.missingSheets.join(", ") })}
          </dd>
          <dt className={styles.term}>{t("home.rows")}</dt>
          <dd className={styles.value}>{shownCount(status.rows)}</dd>
          <dt className={styles.term}>{t("home.lastEntry")}</dt>
          <dd className={styles.value}>{status.lastEntry ? shownDate(status.lastEntry) : t("home.none")}</dd>
          <dt className={styles.term}>{t("home.lastCheck")}</dt>
          <dd className={styles.value}>
            {checked
              ? t("home.checked", { date: shownDate(checked.on), errors: checked.errors, warnings: checked.warnings })
              : t("home.neverChecked")}
          </dd>
          <dt className={styles.term}>{t("home.nextEvaluation")}</dt>
          <dd className={styles.value}>
            {status.nextEvaluation
              ? shownDate(status.nextEvaluation)
              : t("home.ended", { end: shownDate(status.convention.end) })}
          </dd>
          <dt className={styles.term}>{t("home.remaining", { year: today.slice(0, 4) })}</dt>
          <dd className={styles.value}>
            {status.remainingThisYear === null ? t("home.remainingUnknown") : shownEuros(status.remainingThisYear)}
          </dd>
        </dl>
      )}
      {action && (
        <div className={styles.buttons}>
          <Button appearance="primary" onClick={() => navigate?.(action.target)}>
            {t(action.labelKey)}
          </Button>
        </div>
      )}
      {inExcel && status && (
        <Caption1>
          {t("home.period", {
            start: shownDate(status.convention.start),
            end: shownDate(status.convention.end),
            partner: status.convention.partner,
            operator: status.convention.operator,
          })}
        </Caption1>
      )}
    </section>
  );
}
