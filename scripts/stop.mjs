// `npm stop`: undoes npm start: unloads the add-in from desktop Excel where it was sideloaded, and
// ends the dev server that npm start launched (by the pid it recorded, nothing else).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";

const PID_FILE = ".tmp/dev-server.pid";

if (process.platform === "win32" || process.platform === "darwin") {
  spawnSync("npx", ["office-addin-debugging", "stop", "manifest.xml", "desktop"], {
    stdio: "inherit",
    shell: process.platform === "win32",
    env: process.env,
  });
}

if (!existsSync(PID_FILE)) {
  console.log("Aucun serveur lancé par npm start. / No server started by npm start.");
  process.exit(0);
}
const pid = Number(readFileSync(PID_FILE, "utf8"));
try {
  // npm start ran the server in its own process group: end the group (webpack and its workers).
  process.kill(process.platform === "win32" ? pid : -pid, "SIGTERM");
  console.log(`Serveur de développement arrêté (pid ${pid}). / Dev server stopped (pid ${pid}).`);
} catch {
  console.log(`Le serveur (pid ${pid}) ne tournait plus. / The server (pid ${pid}) was no longer running.`);
}
rmSync(PID_FILE, { force: true });
