import { type Browser, chromium } from 'playwright-core';

/**
 * Flags for Debian's Chromium on these machines: headless as root needs --no-sandbox, and the
 * machine has no network beyond localhost, so every background connection Chromium would try
 * (updates, sync, QUIC probes) is switched off instead of failing repeatedly.
 */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--no-first-run',
  '--disable-sync',
];

/**
 * Starts Debian's Chromium (apt-get install chromium) through playwright-core, which brings no
 * browser of its own; CHROMIUM_PATH overrides where it is.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
}
