import { renderToString } from "react-dom/server";
import { setLocale } from "../../src/i18n";
import { errorText } from "../../src/taskpane/hooks";
import { officeErrorInfo, technicalDetail } from "../../src/taskpane/office-error";
import { TechnicalDetails } from "../../src/taskpane/TechnicalDetails";
import { FakeOfficeError } from "../support/fake-excel";

// An OfficeExtension.Error as Office.js rejects context.sync() with: code, message, and DebugInfo
// naming the failing call (https://learn.microsoft.com/javascript/api/office/officeextension.error).
const itemNotFound = () =>
  new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.", "Workbook.worksheets.getItem");

describe("a failure Excel reports", () => {
  afterEach(() => setLocale("fr"));

  it("is said in the person's language, not in Excel's technical English", () => {
    expect(errorText(itemNotFound())).toBe(
      "Un élément attendu (feuille, tableau ou nom) est introuvable dans le classeur.",
    );
    setLocale("en");
    expect(errorText(itemNotFound())).toBe("An expected item (sheet, table or name) was not found in the workbook.");
  });

  it("keeps Excel's own words for a code without a sentence, and leaves other errors as they are", () => {
    expect(errorText(new FakeOfficeError("FilteredRangeConflict", "The range is filtered."))).toBe(
      "Excel a refusé l'opération : The range is filtered.",
    );
    expect(errorText(new Error("Fichier introuvable."))).toBe("Fichier introuvable.");
    expect(officeErrorInfo(new Error("plain"))).toBeNull();
  });

  it("keeps the technical detail (code, failing call, message) one click away, ready to copy", () => {
    const info = officeErrorInfo(itemNotFound());
    expect(info).toEqual({
      code: "ItemNotFound",
      message: "The requested resource doesn't exist.",
      location: "Workbook.worksheets.getItem",
      statement: "Workbook.worksheets.getItem",
    });
    expect(technicalDetail(info!)).toBe(
      "code: ItemNotFound\nerrorLocation: Workbook.worksheets.getItem\nmessage: The requested resource doesn't exist.",
    );
    const html = renderToString(<TechnicalDetails error={itemNotFound()} />);
    expect(html).toMatch(/^<details[^>]*><summary>Détails techniques<\/summary>/);
    expect(html).toContain("errorLocation: Workbook.worksheets.getItem");
    expect(html).toContain("Copier les détails");
    expect(renderToString(<TechnicalDetails error={new Error("plain")} />)).toBe("");
  });
});
