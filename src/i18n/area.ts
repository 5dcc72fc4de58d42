/** One text of the table: French first, English second; `{name}` placeholders are filled by `t()`. */
export interface Text {
  readonly fr: string;
  readonly en: string;
}

export type AreaTexts = Readonly<Record<string, Text>>;

/** The texts of the areas loaded so far, by key. */
const loaded = new Map<string, Text>();

/**
 * Declares an area's texts and makes them available to `t()`. Each module of `areas/` calls it once,
 * when it is first imported. A source file that names a key imports that key's area (test/unit/i18n.test.ts
 * checks it), so any bundle holding the file holds its texts: the pane's first screen and the custom
 * functions' runtime load only the few areas they use, not the whole table.
 */
export function area<T extends AreaTexts>(texts: T): T {
  for (const [key, text] of Object.entries(texts)) {
    const earlier = loaded.get(key);
    // The same module evaluated again (a test's fresh module registry) brings the same texts.
    if (earlier && (earlier.fr !== text.fr || earlier.en !== text.en))
      throw new Error(`i18n: key ${key} is in two areas`);
    loaded.set(key, text);
  }
  return texts;
}

/** The text of `key`, if its area is loaded. */
export function loadedText(key: string): Text | undefined {
  return loaded.get(key);
}
