import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  // A command is copied as typed: it never breaks across lines (before "--help" or after "npx").
  command: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: "nowrap" },
});

/**
 * A sentence holding a command: `text` has the placeholder "{command}" where the command goes, and the
 * command is shown in monospace on one line.
 */
export function Command({ text, command }: { text: string; command: string }) {
  const styles = useStyles();
  const at = text.indexOf("{command}");
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <code className={styles.command}>{command}</code>
      {text.slice(at + "{command}".length)}
    </>
  );
}
