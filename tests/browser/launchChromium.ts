import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** The system's Chromium (`scripts/system-packages.sh` installs it); without it the browser suites fail. */
export const CHROMIUM = "/usr/bin/chromium";

/**
 * A headless Chromium for one suite. Playwright gives each launch its own temporary profile and
 * talks to it over a pipe, not a port, so suites in both jest workers can each run one at once.
 * Nothing it would fetch by itself (updates, field trials) leaves the machine.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium is missing at ${CHROMIUM}: apt-get install -y chromium fonts-wqy-microhei`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
}
