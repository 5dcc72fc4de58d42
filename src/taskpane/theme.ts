// The pane follows Office's theme: Office gives its body colours (Office.context.officeTheme), Windows
// its high-contrast mode (forced colours). Outside Office the browser's colour scheme stands in.
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { useEffect, useState } from "react";

export type ThemeKind = "light" | "dark" | "highContrast";

/** Relative luminance (0 black … 1 white) of a #rrggbb colour, null when it is not one. */
export function luminance(color: string | undefined): number | null {
  const hex = /^#?([0-9a-f]{6})$/i.exec((color ?? "").trim());
  if (!hex) return null;
  const channel = (i: number) => {
    const c = parseInt(hex[1].slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/**
 * High contrast wins (the user's system asks for it); then Office's body background (dark when its
 * luminance is under half); without Office's colours, the browser's preference.
 */
export function themeKind(
  officeBackground: string | undefined,
  forcedColors: boolean,
  prefersDark: boolean,
): ThemeKind {
  if (forcedColors) return "highContrast";
  const light = luminance(officeBackground);
  if (light !== null) return light < 0.5 ? "dark" : "light";
  return prefersDark ? "dark" : "light";
}

export const FLUENT_THEMES: Record<ThemeKind, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  highContrast: teamsHighContrastTheme,
};

/** Office's body background when office.js gives one (never throws outside Office). */
export function officeBackground(): string | undefined {
  try {
    return typeof Office !== "undefined" ? Office.context?.officeTheme?.bodyBackgroundColor : undefined;
  } catch {
    return undefined;
  }
}

const query = (media: string): MediaQueryList | null =>
  typeof window !== "undefined" && window.matchMedia ? window.matchMedia(media) : null;

/** The theme now, updated when the system switches high contrast or colour scheme. */
export function usePaneTheme(background: () => string | undefined = officeBackground): ThemeKind {
  const compute = () =>
    themeKind(
      background(),
      query("(forced-colors: active)")?.matches ?? false,
      query("(prefers-color-scheme: dark)")?.matches ?? false,
    );
  const [kind, setKind] = useState<ThemeKind>(compute);
  useEffect(() => {
    const lists = ["(forced-colors: active)", "(prefers-color-scheme: dark)"]
      .map(query)
      .filter((l): l is MediaQueryList => l !== null);
    const update = () => setKind(compute());
    lists.forEach((l) => l.addEventListener("change", update));
    // Office has no theme event in Excel: read its colours again when the pane comes back in sight.
    document.addEventListener("visibilitychange", update);
    return () => {
      lists.forEach((l) => l.removeEventListener("change", update));
      document.removeEventListener("visibilitychange", update);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return kind;
}
