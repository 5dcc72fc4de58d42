// `npm start`: builds and serves the add-in on https://localhost:3000 (webpack dev server, in the
// background), then sideloads it into desktop Excel where office-addin-debugging can (Windows, macOS).
// Elsewhere (Linux) the server keeps running and this prints how to load the add-in by hand.
// `npm stop` undoes all of it.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { resolveDevTransport } = require("./dev-https.js");

const PORT = 3000;
const PID_FILE = ".tmp/dev-server.pid";
const LOG_FILE = ".tmp/dev-server.log";
const say = (fr, en) => console.log(`${fr}\n${en}\n`);

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Resolves true once the dev server answers on the port (any status), false after `ms`. */
async function waitForServer(secure, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const answered = await new Promise((resolve) => {
      const request = (secure ? httpsRequest : httpRequest)(
        {
          host: "localhost",
          port: PORT,
          path: "/taskpane.html",
          method: "HEAD",
          rejectUnauthorized: false,
          timeout: 2000,
        },
        (response) => resolve(response.statusCode === 200),
      );
      request.on("error", () => resolve(false));
      request.on("timeout", () => request.destroy());
      request.end();
    });
    if (answered) return true;
    await new Promise((r) => setTimeout(r, 1000));
  }
  return false;
}

mkdirSync(".tmp", { recursive: true });
if (existsSync(PID_FILE) && isRunning(Number(readFileSync(PID_FILE, "utf8")))) {
  say(
    "Le serveur de développement tourne déjà (npm stop pour l'arrêter).",
    "The dev server is already running (npm stop to stop it).",
  );
  process.exit(0);
}

// 1. Certificates: Office only loads add-ins from a trusted https origin.
const transport = await resolveDevTransport();
if (transport.kind === "https-trusted") {
  say(
    "Certificats de développement installés : https://localhost:3000 est de confiance.",
    "Development certificates installed: https://localhost:3000 is trusted.",
  );
} else if (transport.kind === "https-untrusted") {
  say(
    `Certificats créés mais pas installés dans le magasin de confiance (${transport.reason}).\n` +
      "Le serveur part en https ; le navigateur affichera un avertissement et Excel refusera le complément tant que\n" +
      "le certificat ~/.office-addin-dev-certs/ca.crt n'est pas approuvé (en administrateur : npx office-addin-dev-certs install).",
    `Certificates created but not installed in the trust store (${transport.reason}).\n` +
      "The server starts on https; browsers will warn and Excel will refuse the add-in until\n" +
      "~/.office-addin-dev-certs/ca.crt is trusted (as administrator: npx office-addin-dev-certs install).",
  );
} else {
  say(
    `Impossible de créer les certificats (${transport.reason}) : le serveur part en http simple.\nLa page s'ouvre dans un navigateur, mais Excel ne chargera pas le complément.`,
    `Could not create certificates (${transport.reason}): the server starts on plain http.\nThe page opens in a browser, but Excel will not load the add-in.`,
  );
}
const secure = transport.kind !== "http";
const base = `${secure ? "https" : "http"}://localhost:${PORT}/`;

// 2. The dev server, in the background, its output in a log file; npm stop ends it by its pid.
const log = openSync(LOG_FILE, "a");
const server = spawn(process.execPath, [require.resolve("webpack/bin/webpack.js"), "serve", "--mode", "development"], {
  detached: true,
  stdio: ["ignore", log, log],
  env: { ...process.env, SUIVI_DEV_TRANSPORT: transport.kind },
});
writeFileSync(PID_FILE, String(server.pid));
server.unref();
let exited = false;
server.on("exit", () => (exited = true));
console.log(
  `Compilation et démarrage du serveur (journal : ${LOG_FILE})… / Building and starting the server (log: ${LOG_FILE})…`,
);
const up = await waitForServer(secure, 180000);
if (!up || exited) {
  const tail = existsSync(LOG_FILE) ? readFileSync(LOG_FILE, "utf8").split("\n").slice(-25).join("\n") : "";
  say("Le serveur de développement n'a pas démarré :", "The dev server did not start:");
  console.log(tail);
  process.exit(1);
}
say(`Serveur prêt : ${base}taskpane.html`, `Server ready: ${base}taskpane.html`);

// 3. Sideload where office-addin-debugging supports it.
if (process.platform === "win32" || process.platform === "darwin") {
  const sideload = spawnSync(
    "npx",
    ["office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "excel", "--no-debug"],
    {
      stdio: "inherit",
      shell: process.platform === "win32",
      env: process.env,
    },
  );
  if (sideload.status === 0) {
    say(
      "Excel s'ouvre avec le complément. npm stop pour tout arrêter.",
      "Excel opens with the add-in. npm stop to stop everything.",
    );
    process.exit(0);
  }
  say(
    "Le chargement automatique dans Excel a échoué ; chargez-le à la main :",
    "Sideloading into Excel failed; load it by hand:",
  );
}

say(
  [
    "Ce système ne permet pas de charger le complément dans Excel de bureau. Le serveur reste lancé.",
    "• Excel sur le web : ouvrez un classeur, Insertion > Compléments > Charger mon complément,",
    "  puis choisissez le fichier manifest.xml de ce dossier. Tapez ensuite =COST_ETP(46795;0,5) dans une cellule.",
    "• Sans Excel : la ligne de commande travaille sur des fichiers .xlsx (npx suivi-convention --help),",
    `  et la page ${base}taskpane.html s'ouvre dans un navigateur : Construire, Vérifier et Importer y travaillent sur des fichiers .xlsx.`,
    "• Pour arrêter le serveur : npm stop",
  ].join("\n"),
  [
    "This system cannot sideload into desktop Excel. The server keeps running.",
    "• Excel on the web: open a workbook, Insert > Add-ins > Upload My Add-in,",
    "  then choose this folder's manifest.xml. Then type =COST_ETP(46795,0.5) in a cell.",
    "• Without Excel: the command line works on .xlsx files (npx suivi-convention --help),",
    `  and ${base}taskpane.html opens in a browser, where Construire, Vérifier and Importer work on .xlsx files.`,
    "• To stop the server: npm stop",
  ].join("\n"),
);
