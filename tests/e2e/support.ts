// End-to-end support: a real `redline serve` on a temporary manuscript, and headless Debian Chromium.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
const repo = new URL('../../', import.meta.url);

/** Flags for Chromium on these machines (no background connections: the network is closed). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Served {
  readonly url: string;
  readonly dataDir: string;
  /** Ends the server (SIGKILL to simulate a crash). */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Starts `redline serve FILE` (or no file) and resolves with the URL it prints. The personal dictionary is
 * `dictionary.txt` in the data folder unless `env` names another: a test never writes the user's own.
 */
export async function serve(file?: string, cwd?: string, data?: string, env: Readonly<Record<string, string>> = {}): Promise<Served> {
  const dataDir = data ?? (await mkdtemp(join(tmpdir(), 'redline-e2e-data-')));
  const child: ChildProcess = spawn(process.execPath, [new URL('bin/redline.js', repo).pathname, 'serve', ...(file ? [file] : []), '--port', '0'], {
    env: { ...process.env, REDLINE_DATA_DIR: dataDir, REDLINE_DICTIONARY: join(dataDir, 'dictionary.txt'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(cwd ? { cwd } : {}),
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`redline serve did not start: ${out}`)), 20_000);
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /Redline is running at (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.stderr!.on('data', (b: Buffer) => (out += b.toString()));
    child.on('exit', (code) => reject(new Error(`redline serve exited ${code}: ${out}`)));
  });
  return {
    url,
    dataDir,
    stop: (signal: NodeJS.Signals = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Opens the app and waits until the first check has drawn its underlines. */
export async function openApp(browser: Browser, url: string, colorScheme: 'light' | 'dark' = 'light', expectFindings = true): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 760 }, colorScheme });
  await page.goto(url);
  if (expectFindings) await page.waitForSelector('.cm-lintRange', { timeout: 30_000 });
  await page.waitForFunction(() => document.querySelector('[data-testid=progress]')?.textContent?.startsWith('Checked'));
  return page;
}

/** The editor's text, lines joined with \n. */
export async function editorText(page: Page): Promise<string> {
  return page.evaluate(() => [...document.querySelectorAll('.cm-content .cm-line')].map((l) => l.textContent ?? '').join('\n'));
}

/** The underlined texts of one check, in document order. */
export async function underlined(page: Page, check: string): Promise<string[]> {
  return page.locator(`.cm-lintRange.rl-check-${check}`).allInnerTexts();
}

/**
 * The lifecycle every e2e file shares, registered in the calling `describe`: Chromium launched once for the
 * file, the served app stopped after each test. `serve` starts one (and remembers it for the clean-up);
 * `served()` is the one running.
 */
export function useServedApp(): {
  browser: () => Browser;
  serve: (...args: Parameters<typeof serve>) => Promise<Served>;
  served: () => Served;
} {
  let browser: Browser | undefined;
  let running: Served | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await running?.stop();
    running = undefined;
  });
  return {
    browser: () => browser!,
    serve: async (...args) => (running = await serve(...args)),
    served: () => running!,
  };
}

/** Hovers the first underline holding `word` and returns its lint tooltip. */
export async function hoverTooltip(page: Page, word: string): Promise<Locator> {
  await page.mouse.move(0, 0);
  await page.locator('.cm-lintRange', { hasText: word }).first().hover();
  const tip = page.locator('.cm-tooltip-lint');
  await tip.waitFor();
  return tip;
}

/** A tooltip's action button: its whole label when `name` is a string, else the first it matches. */
export function tooltipAction(tip: Locator, name: string | RegExp): Locator {
  return tip.locator('.cm-diagnosticAction', { hasText: typeof name === 'string' ? new RegExp(`^${name}$`) : name }).first();
}
