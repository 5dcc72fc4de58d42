import { t } from "./index";
import "./areas/cli";

/**
 * Why a file operation failed, in the user's language: node's codes (EACCES …) and the messages of
 * unexpected errors are English. `action` tells a missing file (read) from a missing folder (write).
 */
export function fileReason(error: unknown, action: "read" | "write"): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case "READ_ONLY":
      return t("cli.reason.readOnly");
    case "EACCES":
    case "EPERM":
      return t("cli.reason.denied");
    case "EBUSY":
    case "ETXTBSY":
      return t("cli.reason.busy");
    case "ENOENT":
    case "ENOTDIR":
      return t(action === "read" ? "cli.reason.notFound" : "cli.reason.noFolder");
    case "EISDIR":
      return t("cli.reason.isFolder");
    case "ENOSPC":
    case "EDQUOT":
      return t("cli.reason.diskFull");
    case "EROFS":
      return t("cli.reason.readOnlyDisk");
    default:
      return t("cli.reason.other", {
        code: typeof code === "string" ? code : error instanceof Error ? error.name : "?",
      });
  }
}
