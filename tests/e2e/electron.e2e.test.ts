// Smoke test of the real Electron app. Runs only where an Electron binary exists: on these machines it
// cannot be downloaded, so the test skips (and never requires `electron`, which would try the download).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { _electron } from 'playwright-core';

const pkg = new URL('../../node_modules/electron/', import.meta.url);
const pathFile = new URL('path.txt', pkg);
const binary = existsSync(pathFile) ? new URL(`dist/${readFileSync(pathFile, 'utf8').trim()}`, pkg).pathname : undefined;
const hasElectron = binary !== undefined && existsSync(binary) && existsSync(new URL('../../out/main/index.js', import.meta.url));

describe.skipIf(!hasElectron)('the Electron app', () => {
  it('opens the sample chapter in a hardened window and underlines it', async () => {
    const app = await _electron.launch({ executablePath: binary!, args: [new URL('../../', import.meta.url).pathname, '--no-sandbox'] });
    try {
      const page = await app.firstWindow();
      await page.waitForSelector('.cm-lintRange', { timeout: 30_000 });
      expect(await page.title()).toMatch(/sample/);
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
      expect(await page.evaluate(() => typeof (globalThis as { redline?: { invoke?: unknown } }).redline?.invoke)).toBe('function');
    } finally {
      await app.close();
    }
  });
});
