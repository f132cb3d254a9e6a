/**
 * The hardened window: options, content security policy, and guards against navigation and new windows.
 * Plain data and functions over the few Electron pieces they need, passed in, so they are tested in Node.
 */
import type { BrowserWindowConstructorOptions, HandlerDetails, WebContents } from 'electron';

/**
 * The renderer's content security policy: scripts and workers only from the app itself, no eval, no remote
 * connections. Styles allow inline `<style>` because CodeMirror injects its theme styles at run time.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** BrowserWindow options: isolated, sandboxed, no Node in the page. */
export function windowOptions(preload: string, bounds: { x?: number; y?: number; width: number; height: number }): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: 560,
    minHeight: 400,
    show: false,
    title: 'Redline',
    backgroundColor: '#faf8f5',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    },
  };
}

/** The parts of `WebContents` the guards use. */
export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Denies every `window.open` and every navigation away from `appUrl` (a link in a note, a dropped file);
 * external http(s) links go to `openExternal` (the system browser) instead.
 */
export function guardNavigation(contents: GuardedContents, appUrl: string, openExternal: (url: string) => void): void {
  const external = (url: string): void => {
    if (/^https?:\/\//i.test(url)) openExternal(url);
  };
  contents.setWindowOpenHandler((details: HandlerDetails) => {
    external(details.url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appUrl)) {
      event.preventDefault();
      external(url);
    }
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault();
  });
}

/** True when `url` is the app's own page (same origin and path; query and hash may differ). */
export function isAppUrl(url: string, appUrl: string): boolean {
  try {
    const a = new URL(url);
    const b = new URL(appUrl);
    return a.protocol === b.protocol && a.host === b.host && a.pathname === b.pathname;
  } catch {
    return false;
  }
}
