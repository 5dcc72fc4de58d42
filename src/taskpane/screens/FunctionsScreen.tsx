import {
  Body1,
  Button,
  Caption1,
  Card,
  CardHeader,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import { FUNCTIONS } from "../../functions/catalogue";
import { t } from "../../i18n";
import "../../i18n/areas/functions";
import { useAsyncAction } from "../hooks";
import { insertFormula } from "../insert-formula";
import { NoticeBar, failureNotice, type DetailedNotice } from "../TechnicalDetails";
import type { ScreenProps } from "./types";

type FunctionDoc = (typeof FUNCTIONS)[number];

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: 0, margin: 0 },
  item: { listStyleType: "none" },
  name: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  params: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  example: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  formula: {
    fontFamily: tokens.fontFamilyMonospace,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    // Long examples (dates in quotes) must wrap in a 320 px pane instead of being cut off.
    overflowWrap: "anywhere",
  },
  footer: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  notice: { marginTop: tokens.spacingVerticalXS },
});

/** The "Fonctions" screen: each custom function, its French-Excel example, and a button to insert it. */
export function FunctionsScreen({ host }: ScreenProps) {
  const styles = useStyles();
  const inExcel = host.kind === "excel";
  const { notice, busy, run, dismiss } = useFormulaInsertion(insertFormula);
  // The outcome shows in the card whose button was clicked: at the top of a long list it would be
  // out of sight of a user who scrolled down to the function.
  const [insertedId, setInsertedId] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  // The button clicked may sit at the pane's bottom edge: bring the outcome below it into view.
  useEffect(() => {
    noticeRef.current?.scrollIntoView?.({ block: "nearest" });
  }, [notice]);

  return (
    <section className={styles.stack} aria-labelledby="functions-intro">
      <Body1 id="functions-intro">{t("app.functions.intro")}</Body1>
      {!inExcel && (
        <MessageBar intent="info">
          <MessageBarBody>{t("app.functions.needsExcel")}</MessageBarBody>
        </MessageBar>
      )}
      {FUNCTIONS.length === 0 ? (
        <Body1>{t("app.functions.empty")}</Body1>
      ) : (
        <ul className={styles.list}>
          {FUNCTIONS.map((fn) => (
            <li key={fn.id} className={styles.item} data-function={fn.id}>
              <FunctionCard
                fn={fn}
                disabled={!inExcel || busy}
                onInsert={() => {
                  setInsertedId(fn.id);
                  void run(fn.id, fn.exampleEn);
                }}
              />
              {insertedId === fn.id && (
                <NoticeBar ref={noticeRef} className={styles.notice} notice={notice} onClick={dismiss} />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function FunctionCard({ fn, disabled, onInsert }: { fn: FunctionDoc; disabled: boolean; onInsert: () => void }) {
  const styles = useStyles();
  return (
    <Card size="small">
      <CardHeader
        header={<Text className={styles.name}>{fn.id}</Text>}
        description={<Caption1>{t(fn.descriptionKey)}</Caption1>}
      />
      {fn.params.length > 0 && (
        <ul className={styles.params}>
          {fn.params.map((param) => (
            <li key={param.name}>
              <Caption1>
                <strong>{param.name}</strong>
                {param.optional ? ` (${t("app.functions.optional")})` : ""} — {t(param.descriptionKey)}
              </Caption1>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.example}>
        <Caption1>{t("app.functions.example")}</Caption1>
        <code className={styles.formula}>{fn.exampleFr}</code>
        <Caption1 aria-label={t("app.functions.result")}>→ {fn.resultFr}</Caption1>
      </div>
      <div className={styles.footer}>
        <Button
          size="small"
          appearance="primary"
          disabled={disabled}
          onClick={onInsert}
          aria-label={t("app.functions.insertLabel", { formula: fn.exampleFr })}
        >
          {t("app.functions.insert")}
        </Button>
      </div>
    </Card>
  );
}

/** Runs insertions one at a time and keeps the notice to show. */
function useFormulaInsertion(insert: (formula: string) => Promise<string>) {
  const action = useAsyncAction<string>();
  const [dismissed, setDismissed] = useState(false);
  const { run: runAction } = action;
  const run = useCallback(
    async (id: string, formula: string) => {
      setDismissed(false);
      await runAction(
        async () => t("app.functions.inserted", { id, address: await insert(formula) }),
        (reason) => t("app.functions.insertFailed", { id, reason }),
      );
    },
    [insert, runAction],
  );
  const notice: DetailedNotice = dismissed
    ? null
    : action.failure
      ? failureNotice(action.failure)
      : action.result !== null
        ? { intent: "success", text: action.result }
        : null;
  return { notice, busy: action.busy, run, dismiss: () => setDismissed(true) };
}
