/**
 * What the two plain scripts ahead of the bundle in taskpane.html (webviewCheck.js,
 * officeLoader.js) leave on `window` for it: whether this webview was turned away, and where
 * office.js came from once it has loaded.
 */
interface BootGlobals {
  kaoheUnsupported?: string;
  kaoheOfficeScript?: { whenLoaded(callback: (source: string | null) => void): void };
}

const boot = (): BootGlobals => window as unknown as BootGlobals;

/** True when webviewCheck.js showed its message: the bundle then leaves the page alone. */
export function webviewTurnedAway(): boolean {
  return boot().kaoheUnsupported !== undefined;
}

/** The address office.js was loaded from (the CDN or the local copy), or null when neither loaded. */
export function officeScriptLoaded(): Promise<string | null> {
  const loader = boot().kaoheOfficeScript;
  if (loader === undefined) return Promise.resolve(null);
  return new Promise((resolve) => loader.whenLoaded(resolve));
}
