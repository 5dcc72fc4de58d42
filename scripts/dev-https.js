// How the dev server talks to Office: trusted https (office-addin-dev-certs), https with certificates
// the system does not trust yet (generated, but installing the CA needs root or a trust store), or
// plain http as the last resort. Office only loads a trusted https add-in; the other two still let
// a developer open the page in a browser.
"use strict";
const fs = require("node:fs");

/**
 * @typedef {{ kind: "https-trusted" | "https-untrusted" | "http", options?: {ca?: Buffer, cert: Buffer, key:
 * Buffer}, reason?: string }} DevTransport
 */

function readGeneratedCertificates() {
  const defaults = require("office-addin-dev-certs/lib/defaults");
  if (!fs.existsSync(defaults.localhostCertificatePath) || !fs.existsSync(defaults.localhostKeyPath)) return undefined;
  return {
    ca: fs.existsSync(defaults.caCertificatePath) ? fs.readFileSync(defaults.caCertificatePath) : undefined,
    cert: fs.readFileSync(defaults.localhostCertificatePath),
    key: fs.readFileSync(defaults.localhostKeyPath),
  };
}

/**
 * @param {{ known?: DevTransport["kind"] }} options `known`: what `npm start` already found (it tried
 *   to install the certificates once and told the user); then only read what is on disk.
 * @returns {Promise<DevTransport>}
 */
async function resolveDevTransport(options = {}) {
  let reason;
  if (options.known === "http") return { kind: "http", reason: "chosen by npm start" };
  if (!options.known) {
    try {
      const { getHttpsServerOptions } = require("office-addin-dev-certs");
      return { kind: "https-trusted", options: await getHttpsServerOptions() };
    } catch (error) {
      reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    }
  }
  try {
    const generated = readGeneratedCertificates();
    if (generated) return { kind: options.known ?? "https-untrusted", options: generated, reason };
  } catch (error) {
    reason = reason ?? (error instanceof Error ? error.message : String(error));
  }
  return { kind: "http", reason: reason ?? "no development certificate found" };
}

module.exports = { resolveDevTransport };
