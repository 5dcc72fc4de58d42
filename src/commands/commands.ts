// Ribbon commands. The only button today opens the task pane (ShowTaskpane in the manifest, no code);
// this action lets other code or a future ExecuteFunction button open it in the shared runtime.
async function openTaskpane(event?: Office.AddinCommands.Event): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } finally {
    event?.completed();
  }
}

// office.js may be missing (page opened from disk or blocked): the task pane says so, not this file.
if (typeof Office !== "undefined" && Office.actions) {
  Office.actions.associate("openTaskpane", openTaskpane);
}

export {};
