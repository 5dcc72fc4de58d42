import { createRoot } from "react-dom/client";
import { App } from "./App";
import { detectHost } from "./office";

// Office first (bounded wait, sets the locale), then one render: no flash of the wrong language.
async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) return;
  const host = await detectHost();
  document.documentElement.lang = host.locale;
  createRoot(container).render(<App host={host} />);
}

void start();
