import type { Page } from "playwright-core";

/**
 * Opens a tab of the pane by its label: clicked in the tab row when it shows there, otherwise chosen
 * in the "Plus"/"More" menu that holds the tabs a narrow pane cannot show.
 */
export async function openTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole("tab", { name, exact: true });
  if ((await tab.count()) > 0 && (await tab.isVisible())) {
    await tab.click();
  } else {
    await page.getByRole("tab", { name: /^(Plus :|More:) \d+ (autres onglets|other tabs)$/ }).click();
    await page.getByRole("menuitem", { name, exact: true }).click();
  }
  await page.getByRole("tab", { name, exact: true, selected: true }).waitFor();
}

/** Labels of the tabs shown in the tab row (not those in the "Plus" menu). */
export async function visibleTabs(page: Page): Promise<string[]> {
  const names: string[] = [];
  for (const tab of await page.getByRole("tab").all()) {
    if (!(await tab.isVisible())) continue;
    const label = (await tab.innerText()).trim();
    if (!/^(Plus|More)$/.test(label)) names.push(label);
  }
  return names;
}
