// Whether office.js is loaded (Office's host marker), which office.js a build names, and which theme
// the pane takes from Office's colours.
import { scriptsToLoad } from "../../src/taskpane/boot-scripts";
import { hasOfficeHostMarker, type PageClues } from "../../src/taskpane/host-marker";
import { luminance, themeKind } from "../../src/taskpane/theme";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../../webpack.config.js") as {
  officeJsSource: (value: string | undefined, production: boolean) => string;
  OFFICE_JS_CDN: string;
};

const plain: PageClues = { search: "", hash: "", storedHostInfo: null, windowName: "", hostObject: false };

describe("Office's host marker", () => {
  it("is absent from a page opened in a browser", () => {
    expect(hasOfficeHostMarker(plain)).toBe(false);
    expect(hasOfficeHostMarker({ ...plain, search: "?host_Info=Excel", windowName: "pane" })).toBe(false);
  });
  it("is the _host_Info parameter Office adds to the URL (query or hash), or what office.js kept of it", () => {
    // As Excel on Windows opens an add-in (host$platform$version$language$…).
    expect(hasOfficeHostMarker({ ...plain, search: "?_host_Info=Excel$Win32$16.01$fr-FR$$$$0" })).toBe(true);
    expect(hasOfficeHostMarker({ ...plain, search: "?et=&_host_Info=Excel|Mac|16.00" })).toBe(true);
    expect(hasOfficeHostMarker({ ...plain, hash: "#_host_Info=Excel$Web$16.00" })).toBe(true);
    expect(hasOfficeHostMarker({ ...plain, storedHostInfo: "Excel$Web$16.00$fr-FR" })).toBe(true);
    expect(hasOfficeHostMarker({ ...plain, windowName: JSON.stringify({ hostInfo: "Excel$Web$16.00" }) })).toBe(true);
    expect(hasOfficeHostMarker({ ...plain, windowName: "{not json hostInfo" })).toBe(false);
    expect(hasOfficeHostMarker({ ...plain, hostObject: true })).toBe(true);
  });
  it("decides which scripts the page loads: office.js and the functions only inside Office", () => {
    const data = { office: "https://cdn/office.js", officeBundles: "functions.js commands.js", bundles: "taskpane.js" };
    expect(scriptsToLoad(true, data)).toEqual(["https://cdn/office.js", "functions.js", "commands.js", "taskpane.js"]);
    expect(scriptsToLoad(false, data)).toEqual(["taskpane.js"]);
  });
});

describe("office.js source of a build", () => {
  it("is Microsoft's CDN in production and the local copy in development, unless --env office= says otherwise", () => {
    expect(webpackConfig.officeJsSource(undefined, true)).toBe("cdn");
    expect(webpackConfig.officeJsSource(undefined, false)).toBe("local");
    expect(webpackConfig.officeJsSource("local", true)).toBe("local");
    expect(webpackConfig.officeJsSource("cdn", false)).toBe("cdn");
    expect(() => webpackConfig.officeJsSource("npm", true)).toThrow(/cdn or local/);
    expect(webpackConfig.OFFICE_JS_CDN).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  });
});

describe("theme", () => {
  it("measures luminance as WCAG defines it", () => {
    expect(luminance("#ffffff")).toBeCloseTo(1, 6);
    expect(luminance("#000000")).toBe(0);
    // sRGB 0x80 = 128/255 → ((0.502 + 0.055) / 1.055)^2.4 = 0.2159
    expect(luminance("#808080")).toBeCloseTo(0.2159, 3);
    expect(luminance("red")).toBeNull();
  });
  it("follows Office's body colour, high contrast first, the browser's preference without Office", () => {
    // Office's themes: white and colourful (#FFFFFF), dark grey (#262626 in Excel's dark grey), black.
    expect(themeKind("#FFFFFF", false, true)).toBe("light");
    expect(themeKind("#262626", false, false)).toBe("dark");
    expect(themeKind("#000000", false, false)).toBe("dark");
    expect(themeKind("#FFFFFF", true, false)).toBe("highContrast");
    expect(themeKind(undefined, false, true)).toBe("dark");
    expect(themeKind(undefined, false, false)).toBe("light");
  });
});
