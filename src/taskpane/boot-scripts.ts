/** The scripts taskpane.html loads, in order: data-office (office.js's URL) and data-office-bundles only in Office. */
export function scriptsToLoad(
  inOffice: boolean,
  data: { office?: string; officeBundles?: string; bundles?: string },
): string[] {
  const list = (value: string | undefined) => (value ?? "").split(/\s+/).filter(Boolean);
  return [
    ...(inOffice && data.office ? [data.office] : []),
    ...(inOffice ? list(data.officeBundles) : []),
    ...list(data.bundles),
  ];
}
