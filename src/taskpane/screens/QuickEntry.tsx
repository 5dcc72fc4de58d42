import {
  Body1,
  Button,
  Caption1,
  Combobox,
  Field,
  Input,
  Option,
  Select,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import type { CellValue, TrackingColumn } from "../../core/contract";
import { METZ_2021_2023, type Convention } from "../../core/convention";
import { serialToFrench } from "../../core/dates";
import { say, t } from "../../i18n";
import "../../i18n/areas/entry";
import "../../i18n/areas/import";
import { currentConvention, todayIso } from "../../office/actions";
import { excelEntryActions, type EntryActions, type EntryTarget } from "../../office/quick-entry";
import {
  checkEntry,
  emptyDraft,
  entryValues,
  isEmptyTable,
  nextSheetRow,
  precisionSuggestions,
  rowFor,
  searchIndicators,
  type EntryDraft,
  type FieldProblem,
} from "../entry";
import { loadFileMode, readChosenWorkbook, XLSX_MIME, type ChosenFile } from "../files";
import { useAsyncAction } from "../hooks";
import { NoticeBar, failureNotice } from "../TechnicalDetails";
import { DownloadButton, FilePicker } from "./file-ui";
import type { ScreenProps } from "./types";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  pair: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", columnGap: tokens.spacingHorizontalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
});

/** The form's fields whose "missing" findings wait for a first Enter (an empty new form is not an error). */
const MISSING_CODES = new Set(["DATE_MISSING", "INDICATOR_MISSING"]);

/** A row added in this sitting: its cells, and where Excel put it (index in the table's data rows). */
interface Added {
  values: Partial<Record<TrackingColumn, CellValue>>;
  row: CellValue[];
  index: number;
}

/** Where rows go: the open workbook, or a copy of a chosen file offered as a download. */
type Target = { kind: "excel"; entry: EntryTarget } | { kind: "file"; file: ChosenFile; entry: EntryTarget };

/** "Saisie": the counsellor's daily screen, one act per Enter, checked as typed before anything is written. */
export function QuickEntryScreen({ host, actions = excelEntryActions }: ScreenProps & { actions?: EntryActions }) {
  const styles = useStyles();
  const inExcel = host.kind === "excel";
  const today = todayIso();
  const [target, setTarget] = useState<Target | null>(null);
  const [added, setAdded] = useState<Added[]>([]);
  const [output, setOutput] = useState<ChosenFile | null>(null);
  // Reading the workbook, and writing to it (an act added or undone: the result is the sentence to show).
  const reading = useAsyncAction<Target>();
  const writing = useAsyncAction<string | null>();
  const loading = reading.busy;
  const busy = writing.busy;
  const failure = reading.failure ?? writing.failure;
  const notice = writing.result;

  const load = async (read: () => Promise<Target>) => {
    writing.reset();
    await reading.run(
      async () => {
        // The form of the previous workbook goes while another is read: acts are never added to the wrong one.
        setTarget(null);
        const got = await read();
        setTarget(got);
        setAdded([]);
        setOutput(null);
        return got;
      },
      (reason) => t("entry.readFailed", { reason }),
    );
  };

  useEffect(() => {
    if (inExcel) void load(async () => ({ kind: "excel", entry: await actions.read(currentConvention()) }));
    // Read once per opening of the screen: rows added later are known to this sitting.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [inExcel]);

  const chooseFile = (file: File | null) => {
    writing.reset();
    if (!file) return setTarget(null);
    void load(async () => {
      const chosen = await readChosenWorkbook(file);
      const mode = await loadFileMode();
      return { kind: "file", file: chosen, entry: await mode.readEntryFile(chosen, METZ_2021_2023) };
    });
  };

  /** The file with every row of this sitting appended (through the import path), ready to download. */
  const refreshOutput = async (file: ChosenFile, rows: Added[], convention: Convention): Promise<void> => {
    if (rows.length === 0) return setOutput(null);
    const mode = await loadFileMode();
    const { report, output: bytes } = await mode.appendEntries(
      file,
      rows.map((r) => r.values),
      convention,
      today,
    );
    if (!bytes) throw new Error(report.problems.map((p) => say(p.text)).join(" "));
    setOutput(bytes);
  };

  const add = async (values: Added["values"], row: CellValue[]): Promise<boolean> => {
    if (!target) return false;
    const written = await writing.run(
      async () => {
        const table = target.entry.table;
        if (target.kind === "excel") {
          await actions.add(row, added.length === 0 && table !== null && isEmptyTable(table));
          // Where it should be (rows of the table when read, plus this sitting's): undo checks it is there.
          const index = nextSheetRow(table) + added.length - (table?.grid.firstRow ?? 2);
          setAdded((list) => [...list, { values, row, index }]);
        } else {
          const next = [...added, { values, row, index: added.length }];
          await refreshOutput(target.file, next, target.entry.convention);
          setAdded(next);
        }
        return t("entry.added", { row: nextSheetRow(table) + added.length });
      },
      (reason) => t("entry.addFailed", { reason }),
    );
    return written !== undefined;
  };

  const undo = async () => {
    const last = added[added.length - 1];
    if (!last || !target) return;
    // null: the row is no longer where it was written (moved or deleted by hand), nothing was undone.
    const undone = await writing.run(
      async () => {
        const rest = added.slice(0, -1);
        if (target.kind === "excel") {
          if (!(await actions.remove(last.index, last.row))) return null;
        } else {
          await refreshOutput(target.file, rest, target.entry.convention);
        }
        setAdded(rest);
        return t("entry.undone");
      },
      (reason) => t("entry.undoFailed", { reason }),
    );
    if (undone === null) writing.fail(t("entry.undoGone"));
  };

  return (
    <section className={styles.stack} aria-labelledby="entry-intro">
      <Body1 id="entry-intro">{t(inExcel ? "entry.introExcel" : "entry.introFile")}</Body1>
      {!inExcel && <FilePicker label={t("entry.file")} accept=".xlsx" testId="entry-workbook" onFile={chooseFile} />}
      {loading && <Spinner size="tiny" label={t("entry.reading")} />}
      {target && !target.entry.table && (
        <NoticeBar
          notice={{
            intent: "error",
            text: t(inExcel ? "screen.import.tableMissingExcel" : "screen.import.tableMissing", { table: "Suivi" }),
          }}
        />
      )}
      {target && target.entry.table && (
        <EntryForm target={target.entry} today={today} busy={busy} added={added} onAdd={add} />
      )}
      <NoticeBar notice={failure ? failureNotice(failure) : notice ? { intent: "success", text: notice } : null} />
      {added.length > 0 && (
        <section aria-labelledby="entry-sitting">
          <Subtitle2 as="h2" id="entry-sitting">
            {t("entry.sitting", { count: added.length })}
          </Subtitle2>
          <ol className={styles.list} data-testid="entry-sitting">
            {added.map((entry, i) => (
              <li key={i}>{describe(entry.values)}</li>
            ))}
          </ol>
          <div className={styles.buttons}>
            <Button disabled={busy} onClick={() => void undo()}>
              {t("entry.undo")}
            </Button>
          </div>
        </section>
      )}
      {target?.kind === "file" && output && (
        <DownloadButton
          name={output.name}
          bytes={output.bytes}
          type={XLSX_MIME}
          label={t("entry.download", { file: output.name, count: added.length })}
        />
      )}
    </section>
  );
}

/** One added row in a line: date, indicator, count, and the rest when given. */
function describe(values: Added["values"]): string {
  const date =
    typeof values.Date === "number" ? (serialToFrench(values.Date) ?? String(values.Date)) : String(values.Date ?? "");
  const rest = [values.Quartier, values["Tranche d'âge"], values.Sexe, values.Précision].filter(
    (v) => v !== null && v !== undefined && v !== "",
  );
  return [date, values.Indicateur, `× ${values.Nombre ?? 1}`, ...rest].join(" · ");
}

/** The form itself: checked on every keystroke with the rules of `check`; Enter adds the row. */
function EntryForm(props: {
  target: EntryTarget;
  today: string;
  busy: boolean;
  added: Added[];
  onAdd: (values: Added["values"], row: CellValue[]) => Promise<boolean>;
}) {
  const styles = useStyles();
  const { convention, table } = props.target;
  const headers = useMemo(() => table?.headers ?? [], [table]);
  const [draft, setDraft] = useState<EntryDraft>(() => emptyDraft(props.today));
  const [tried, setTried] = useState(false);
  const [indicatorQuery, setIndicatorQuery] = useState("");
  const [round, setRound] = useState(0);
  const indicatorRef = useRef<HTMLInputElement>(null);

  const values = useMemo(() => entryValues(draft, convention), [draft, convention]);
  const row = useMemo(() => rowFor(headers, values), [headers, values]);
  const check = useMemo(
    () =>
      checkEntry({
        headers,
        row,
        convention,
        today: props.today,
        sheetRow: nextSheetRow(table) + props.added.length,
        firstColumn: table?.grid.firstColumn ?? 1,
        earlier: [...(table?.grid.rows ?? []), ...props.added.map((a) => a.row)].slice(-500),
      }),
    [headers, row, convention, props.today, table, props.added],
  );
  const matches = useMemo(() => searchIndicators(indicatorQuery, convention.indicators), [indicatorQuery, convention]);
  const suggestions = useMemo(
    () =>
      precisionSuggestions(
        table
          ? { headers, grid: { ...table.grid, rows: [...table.grid.rows, ...props.added.map((a) => a.row)] } }
          : null,
        String(values.Indicateur ?? ""),
      ),
    [table, headers, props.added, values.Indicateur],
  );

  const set = (field: keyof EntryDraft) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));
  const shown = (field: keyof EntryDraft): FieldProblem[] =>
    (check.fields[field] ?? []).filter((p) => tried || !MISSING_CODES.has(p.code));
  const fieldProps = (field: keyof EntryDraft) => {
    const problems = shown(field);
    const error = problems.find((p) => p.severity === "error");
    return {
      validationState: error ? ("error" as const) : problems.length > 0 ? ("warning" as const) : ("none" as const),
      validationMessage: problems.length > 0 ? problems.map((p) => p.message).join(" ") : undefined,
    };
  };

  // After each row the indicator field is new (key): focus it once it is in the page.
  useEffect(() => {
    if (round > 0) indicatorRef.current?.focus();
  }, [round]);

  const submit = async () => {
    setTried(true);
    if (check.blocking || props.busy) return;
    if (await props.onAdd(values, row)) {
      setDraft((d) => ({ ...emptyDraft(props.today), date: d.date }));
      setIndicatorQuery("");
      setTried(false);
      setRound((n) => n + 1);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit();
  };
  // Enter anywhere in the form adds the row, except to pick an option in an open list.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== "Enter" || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
    const element = event.target as HTMLElement;
    if (
      element.getAttribute("aria-expanded") === "true" ||
      element.tagName === "BUTTON" ||
      element.tagName === "TEXTAREA"
    )
      return;
    event.preventDefault();
    void submit();
  };

  const blockingNow =
    check.blocking &&
    (tried ||
      Object.values(check.fields).some((list) =>
        list?.some((p) => p.severity === "error" && !MISSING_CODES.has(p.code)),
      ));

  return (
    <form className={styles.form} onSubmit={onSubmit} onKeyDown={onKeyDown} aria-label={t("entry.form")} noValidate>
      <div className={styles.pair}>
        <Field label={t("entry.date")} required {...fieldProps("date")}>
          <Input
            type="date"
            value={draft.date}
            onChange={(_, data) => set("date")(data.value)}
            min={convention.start}
            max={props.today < convention.end ? props.today : convention.end}
          />
        </Field>
        <Field label={t("entry.count")} {...fieldProps("count")}>
          <Input
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            value={draft.count}
            onChange={(_, data) => set("count")(data.value)}
          />
        </Field>
      </div>
      <Field label={t("entry.indicator")} required hint={t("entry.indicatorHint")} {...fieldProps("indicator")}>
        <Combobox
          // Uncontrolled text (a controlled value fights the list's own typing); a new key empties it after each row.
          key={round}
          ref={indicatorRef}
          freeform
          autoComplete="off"
          placeholder={t("entry.indicatorPlaceholder")}
          onChange={(event) => {
            setIndicatorQuery(event.target.value);
            set("indicator")(event.target.value);
          }}
          onOptionSelect={(_, data) => {
            const label = data.optionText ?? data.optionValue ?? "";
            setIndicatorQuery(label);
            set("indicator")(label);
          }}
        >
          {matches.map((indicator) => (
            <Option key={indicator.code} value={indicator.label} text={indicator.label}>
              {indicator.label}
            </Option>
          ))}
        </Combobox>
      </Field>
      <ListField
        label={t("entry.quartier")}
        list={convention.lists.quartier}
        value={draft.quartier}
        onChange={set("quartier")}
        {...fieldProps("quartier")}
      />
      <div className={styles.pair}>
        <ListField
          label={t("entry.trancheAge")}
          list={convention.lists.trancheAge}
          value={draft.trancheAge}
          onChange={set("trancheAge")}
          {...fieldProps("trancheAge")}
        />
        <ListField
          label={t("entry.sexe")}
          list={convention.lists.sexe}
          value={draft.sexe}
          onChange={set("sexe")}
          {...fieldProps("sexe")}
        />
      </div>
      <Field
        label={t("entry.precision")}
        hint={suggestions.length > 0 ? t("entry.precisionHint") : undefined}
        {...fieldProps("precision")}
      >
        <Combobox
          key={round}
          freeform
          autoComplete="off"
          onChange={(event) => set("precision")(event.target.value)}
          onOptionSelect={(_, data) => set("precision")(data.optionText ?? "")}
        >
          {suggestions.map((text) => (
            <Option key={text} text={text}>
              {text}
            </Option>
          ))}
        </Combobox>
      </Field>
      <Field label={t("entry.commentaire")} hint={t("entry.commentaireHint")} {...fieldProps("commentaire")}>
        <Input value={draft.commentaire} onChange={(_, data) => set("commentaire")(data.value)} />
      </Field>
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabled={props.busy}>
          {t("entry.add")}
        </Button>
      </div>
      {blockingNow ? (
        <Caption1 role="status">{t("entry.blocked")}</Caption1>
      ) : (
        <Caption1>{t("entry.enterHint")}</Caption1>
      )}
    </form>
  );
}

/** A value list (quartier, age band, sex) as a native select: keyboard type-ahead, Enter left to the form. */
function ListField(props: {
  label: string;
  list: readonly string[];
  value: string;
  onChange: (value: string) => void;
  validationState: "error" | "warning" | "none";
  validationMessage?: string;
}) {
  return (
    <Field label={props.label} validationState={props.validationState} validationMessage={props.validationMessage}>
      <Select value={props.value} onChange={(_, data) => props.onChange(data.value)}>
        <option value="">{t("entry.notGiven")}</option>
        {props.list.map((value) => (
          <option key={value} value={value}>
            {value}
          </option>
        ))}
      </Select>
    </Field>
  );
}
