// Does the Book panel keep typing smooth on a whole novel? `npm run build && npm run bench:book-typing [FILE]`
// opens the novel (Pride and Prejudice by default) in `redline serve`, waits for the first check, then types a
// sentence into the middle of the book at about ten keys a second, with the Book panel closed and then open, and
// prints the main thread's long tasks (PerformanceObserver 'longtask': every task over 50 ms) while typing.
import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, serve } from './support.js';

const source = process.argv[2] ?? new URL('../../../shared/corpus/pride-and-prejudice.txt', import.meta.url).pathname;
const SENTENCE = ' She wondered whether the letter had come, and thought of nothing else all morning.';

async function typing(page: Page): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { longtasks: number[]; observer?: PerformanceObserver };
    w.longtasks = [];
    w.observer?.disconnect();
    w.observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longtasks.push(Math.round(e.duration));
    });
    w.observer.observe({ type: 'longtask' });
  });
  // The middle of the book: a paragraph of Chapter 31 or so, brought into view with find.
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Control+f');
  await page.locator('.cm-search input[name=search]').fill('Colonel Fitzwilliam');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.keyboard.press('End');
  await page.waitForTimeout(1500);
  await page.evaluate(() => ((window as unknown as { longtasks: number[] }).longtasks = []));
  for (const ch of SENTENCE) {
    await page.keyboard.type(ch);
    await page.waitForTimeout(100);
  }
  // Let the last checks and the map catch up.
  await page.waitForTimeout(3000);
  return page.evaluate(() => (window as unknown as { longtasks: number[] }).longtasks);
}

const dir = await mkdtemp(join(tmpdir(), 'redline-book-typing-'));
const file = join(dir, basename(source));
await copyFile(source, file);
const served = await serve(file);
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  await page.goto(served.url);
  await page.waitForFunction(() => document.querySelector('[data-testid=progress]')?.textContent?.startsWith('Checked'), undefined, { timeout: 600_000 });
  const report = (what: string, tasks: number[]) =>
    console.log(`${what}: ${tasks.length} long task${tasks.length === 1 ? '' : 's'} over 50 ms while typing ${SENTENCE.length} keys; longest ${tasks.length ? Math.max(...tasks) : 0} ms${tasks.length ? ` (${tasks.join(', ')})` : ''}`);
  report('Book panel closed', await typing(page));
  await page.getByRole('button', { name: 'Book', exact: true }).click();
  await page.locator('.rl-book-cell').first().waitFor({ timeout: 120_000 });
  await page.waitForTimeout(1000);
  await page.evaluate(() => performance.clearMeasures());
  report('Book panel open', await typing(page));
  const own = await page.evaluate(() =>
    ['book-read', 'book-receive', 'book-render'].map((name) => {
      const d = performance.getEntriesByName(name, 'measure').map((e) => e.duration);
      return `${name} ×${d.length}: median ${(d.sort((a, b) => a - b)[d.length >> 1] ?? 0).toFixed(1)} ms, longest ${Math.max(0, ...d).toFixed(1)} ms`;
    }),
  );
  console.log(`The panel's own main-thread work while typing: ${own.join('; ')}`);
  await page.getByRole('tab', { name: 'Cast' }).click();
  await page.waitForTimeout(500);
  report('Book panel open on the cast', await typing(page));
  // SHOTS=folder: screenshots of the panel on this book (the README's come from here).
  const shots = process.env['SHOTS'];
  if (shots) {
    await page.keyboard.press('Control+Home');
    await page.waitForTimeout(3000);
    await page.screenshot({ path: join(shots, 'book-panel-cast.png') });
    await page.getByRole('tab', { name: 'Scenes' }).click();
    await page.locator('.rl-book-cell').nth(7).hover();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(shots, 'book-panel.png') });
  }
} finally {
  await browser.close();
  await served.stop();
}
