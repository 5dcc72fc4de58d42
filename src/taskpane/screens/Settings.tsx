import { Body1, Button, Field, Input, Spinner, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { conventionYears, parseConvention, type Convention } from "../../core/convention";
import { t } from "../../i18n";
import "../../i18n/areas/build";
import "../../i18n/areas/settings";
import { currentConvention, setConventionInUse } from "../../office/actions";
import { readSettingsInExcel, writeSettingsInExcel } from "../../office/settings";
import { offerDownload } from "../files";
import { errorText, useAsyncAction } from "../hooks";
import { NoticeBar, failureNotice, type Failure } from "../TechnicalDetails";
import { readSettingsFile } from "./Build";
import { FilePicker } from "./file-ui";
import type { ScreenProps } from "./types";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  pair: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", columnGap: tokens.spacingHorizontalS },
  year: { display: "grid", gridTemplateColumns: "minmax(0, 2fr) minmax(0, 3fr)", columnGap: tokens.spacingHorizontalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** The fields as typed (text), one cost and note per year of the period. */
export interface SettingsDraft {
  number: string;
  partner: string;
  operator: string;
  start: string;
  end: string;
  etp: string;
  costs: Record<number, { cost: string; note: string }>;
}

/** "46 795", "46795,50" or "0,5" as a number; null when blank; NaN when not a number. */
export function frenchNumber(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
  if (compact === "") return null;
  return /^-?\d+(\.\d+)?$/.test(compact) ? Number(compact) : NaN;
}

export function draftOf(c: Convention): SettingsDraft {
  const shown = (n: number) => String(n).replace(".", ",");
  return {
    number: c.number,
    partner: c.partner,
    operator: c.operator,
    start: c.start,
    end: c.end,
    etp: shown(c.etp),
    costs: Object.fromEntries(
      c.annualCosts.map((a) => [a.year, { cost: a.cost === null ? "" : shown(a.cost), note: a.note ?? "" }]),
    ),
  };
}

/** The draft as the convention's JSON (what `--convention` takes), over `base` for what the screen does not show. */
export function conventionOf(draft: SettingsDraft, base: Convention): unknown {
  const years =
    /^\d{4}-\d{2}-\d{2}$/.test(draft.start) && /^\d{4}-\d{2}-\d{2}$/.test(draft.end) && draft.start <= draft.end
      ? conventionYears(draft)
      : [];
  const etp = frenchNumber(draft.etp);
  return {
    ...base,
    number: draft.number,
    partner: draft.partner,
    operator: draft.operator,
    start: draft.start,
    end: draft.end,
    etp: etp === null || Number.isNaN(etp) ? draft.etp : etp,
    annualCosts: years.map((year) => {
      const typed = draft.costs[year] ?? { cost: "", note: "" };
      const cost = frenchNumber(typed.cost);
      return {
        year,
        cost: Number.isNaN(cost) ? typed.cost : cost,
        ...(typed.note.trim() ? { note: typed.note.trim() } : {}),
      };
    }),
  };
}

/** "Paramètres": the convention's settings, checked as typed, written to the workbook or saved as JSON. */
export function SettingsScreen({
  host,
  write: writeToWorkbook = writeSettingsInExcel,
  read: readFromWorkbook = readSettingsInExcel,
}: ScreenProps & { write?: (convention: Convention) => Promise<unknown>; read?: () => Promise<Convention> }) {
  const styles = useStyles();
  const inExcel = host.kind === "excel";
  const [base, setBase] = useState<Convention>(currentConvention);
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOf(currentConvention()));
  // Writing to the workbook; loading a settings file has its own sentences, cleared by a write.
  const writing = useAsyncAction<string>();
  const [loadNotice, setNotice] = useState<string | null>(null);
  const [loadFailure, setFailure] = useState<Failure | null>(null);
  const { busy } = writing;
  const notice = writing.result ?? loadNotice;
  const failure = writing.failure ?? loadFailure;
  const [reading, setReading] = useState(inExcel);
  // Once the person has typed or loaded a file, what the workbook says arrives too late to replace it.
  const touched = useRef(false);

  // In Excel the form starts from the workbook's own Paramètres sheet, not from this session's preset.
  useEffect(() => {
    if (!inExcel) return;
    let live = true;
    readFromWorkbook()
      .then((convention) => {
        if (!live || touched.current) return;
        setBase(convention);
        setDraft(draftOf(convention));
      })
      .catch(
        (error: unknown) => live && setFailure({ text: t("settings.readFailed", { reason: errorText(error) }), error }),
      )
      .finally(() => live && setReading(false));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [inExcel]);

  const parsed = useMemo(() => parseConvention(conventionOf(draft, base)), [draft, base]);
  const years = parsed.ok
    ? conventionYears(parsed.convention)
    : /^\d{4}-\d{2}-\d{2}$/.test(draft.start) && /^\d{4}-\d{2}-\d{2}$/.test(draft.end) && draft.start <= draft.end
      ? conventionYears(draft)
      : [];
  const set = (field: Exclude<keyof SettingsDraft, "costs">) => (value: string) => {
    touched.current = true;
    setNotice(null);
    writing.reset();
    setDraft((d) => ({ ...d, [field]: value }));
  };
  const setYear = (year: number, part: "cost" | "note", value: string) => {
    touched.current = true;
    setNotice(null);
    writing.reset();
    setDraft((d) => ({
      ...d,
      costs: { ...d.costs, [year]: { ...(d.costs[year] ?? { cost: "", note: "" }), [part]: value } },
    }));
  };

  const load = async (file: File | null) => {
    if (!file) return;
    const read = await readSettingsFile(file);
    writing.reset();
    if ("errors" in read) {
      setFailure({ text: t("screen.build.fileInvalid", { file: read.name }), details: read.errors });
      return;
    }
    touched.current = true;
    setFailure(null);
    setBase(read.convention);
    setDraft(draftOf(read.convention));
    setNotice(t("settings.loaded", { file: read.name }));
  };

  const write = async () => {
    if (!parsed.ok) return;
    const chosen = parsed.convention;
    setNotice(null);
    setFailure(null);
    await writing.run(
      async () => {
        await writeToWorkbook(chosen);
        setConventionInUse(chosen);
        return t("settings.written");
      },
      (reason) => t("settings.writeFailed", { reason }),
    );
  };

  const fileName = `convention-${draft.number.trim().replace(/[^\w.-]+/g, "_") || "parametres"}.json`;

  return (
    <section className={styles.stack} aria-labelledby="settings-intro">
      <Body1 id="settings-intro">{t(inExcel ? "settings.introExcel" : "settings.introFile")}</Body1>
      <FilePicker
        label={t("settings.load")}
        accept=".json,application/json"
        testId="settings-file"
        onFile={(file) => void load(file)}
      />
      <form
        className={styles.form}
        aria-label={t("settings.form")}
        onSubmit={(event) => event.preventDefault()}
        noValidate
      >
        <Field label={t("settings.number")} required>
          <Input value={draft.number} onChange={(_, data) => set("number")(data.value)} />
        </Field>
        <Field label={t("settings.partner")} required>
          <Input value={draft.partner} onChange={(_, data) => set("partner")(data.value)} />
        </Field>
        <Field label={t("settings.operator")} required hint={t("settings.operatorHint")}>
          <Input value={draft.operator} onChange={(_, data) => set("operator")(data.value)} />
        </Field>
        <div className={styles.pair}>
          <Field label={t("settings.start")} required>
            <Input type="date" value={draft.start} onChange={(_, data) => set("start")(data.value)} />
          </Field>
          <Field label={t("settings.end")} required hint={t("settings.endHint")}>
            <Input type="date" value={draft.end} onChange={(_, data) => set("end")(data.value)} />
          </Field>
        </div>
        <Field label={t("settings.etp")} required>
          <Input inputMode="decimal" value={draft.etp} onChange={(_, data) => set("etp")(data.value)} />
        </Field>
        <Subtitle2 as="h2">{t("settings.costs")}</Subtitle2>
        {years.map((year) => (
          <div key={year} className={styles.year}>
            <Field label={t("settings.cost", { year })}>
              <Input
                inputMode="decimal"
                value={draft.costs[year]?.cost ?? ""}
                onChange={(_, data) => setYear(year, "cost", data.value)}
              />
            </Field>
            <Field label={t("settings.note", { year })}>
              <Input value={draft.costs[year]?.note ?? ""} onChange={(_, data) => setYear(year, "note", data.value)} />
            </Field>
          </div>
        ))}
      </form>
      {!parsed.ok && (
        <NoticeBar
          notice={{ intent: "warning", text: t("settings.invalid"), details: parsed.errors }}
          testId="settings-errors"
        />
      )}
      <div className={styles.buttons}>
        {inExcel && (
          <Button appearance="primary" disabled={!parsed.ok || busy} onClick={() => void write()}>
            {t("settings.write")}
          </Button>
        )}
        <Button
          disabled={!parsed.ok}
          onClick={() =>
            parsed.ok && offerDownload(fileName, JSON.stringify(parsed.convention, null, 2), "application/json")
          }
        >
          {t("settings.download", { file: fileName })}
        </Button>
      </div>
      {reading && <Spinner size="tiny" label={t("settings.reading")} />}
      {busy && <Spinner size="tiny" label={t("settings.writing")} />}
      <NoticeBar notice={failure ? failureNotice(failure) : notice ? { intent: "success", text: notice } : null} />
    </section>
  );
}
