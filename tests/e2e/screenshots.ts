// Screenshots of the real UI in Chromium for the README: `npm run build && npm run screenshots`.
// Writes docs/*.png from the bundled sample chapter served by `redline serve`. `ONLY=folder` takes only the
// folder-of-chapters one.
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launch, openApp, serve } from './support.js';

const out = new URL('../../docs/', import.meta.url);
await mkdir(out, { recursive: true });

/** A folder of three chapter files served as one book: the chapter bar, the Book panel over every chapter. */
async function folderShots(browser: Browser): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'redline-shots-folder-'));
  const book = join(dir, 'the-letter');
  await mkdir(book);
  const chapters = (await readFile(new URL('../fixtures/fiction/three-chapters.txt', import.meta.url), 'utf8')).split(/(?=^Chapter )/m);
  const slips = ['She recieved the the parcel.\n', 'She new the man at once.\n', ''];
  for (const [i, name] of ['chapter-1.txt', 'chapter-2.txt', 'chapter-10.txt'].entries()) await writeFile(join(book, name), `${chapters[i]!.trimEnd()}\n\n${slips[i]}`);
  const served = await serve(book);
  try {
    const page = await openApp(browser, served.url, 'light');
    await page.getByRole('button', { name: 'chapter-2.txt' }).click();
    await page.getByRole('button', { name: 'Book', exact: true }).click();
    await page.locator('.rl-book-cell').first().waitFor();
    await page.mouse.move(5, 740);
    await page.screenshot({ path: new URL('folder-light.png', out).pathname });
    await page.close();
  } finally {
    await served.stop();
  }
}

const browser = await launch();
if (process.env['ONLY'] === 'folder') {
  await folderShots(browser);
  await browser.close();
  process.exit(0);
}
const served = await serve();
try {
  for (const scheme of ['light', 'dark'] as const) {
    const page = await openApp(browser, served.url, scheme);
    await page.locator('.cm-lintRange', { hasText: 'recieved' }).first().hover();
    await page.locator('.cm-tooltip-lint').waitFor();
    await page.screenshot({ path: new URL(`tooltip-${scheme}.png`, out).pathname });
    await page.mouse.move(5, 700);
    await page.locator('.cm-tooltip-lint').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: /^Review/ }).click();
    await page.locator('.rl-panel').waitFor();
    await page.screenshot({ path: new URL(`review-panel-${scheme}.png`, out).pathname });
    if (scheme === 'light') {
      await page.locator('.rl-rule-group[data-rule="spelling-unknown-word"]').getByRole('button', { name: 'Accept all…' }).click();
      await page.getByRole('dialog').waitFor();
      await page.screenshot({ path: new URL('accept-all-light.png', out).pathname });
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('button', { name: /^Review/ }).click();
      // File → Export… after accepting one fix.
      await page.mouse.move(5, 700);
      await page.locator('.cm-lintRange', { hasText: 'recieved' }).first().hover();
      await page.locator('.cm-tooltip-lint').getByRole('button', { name: 'received' }).click();
      await page.mouse.move(5, 700);
      await page.getByRole('button', { name: 'Export…' }).click();
      await page.getByRole('dialog', { name: 'Export' }).waitFor();
      await page.screenshot({ path: new URL('export-dialog-light.png', out).pathname });
      await page.getByRole('button', { name: 'Cancel' }).click();
      // Find and replace, styled like the rest of the app.
      await page.locator('.cm-content').click();
      await page.keyboard.press('Control+f');
      await page.locator('.cm-search').waitFor();
      await page.screenshot({ path: new URL('find-light.png', out).pathname });
      await page.keyboard.press('Escape');
    } else {
      await page.getByRole('button', { name: /^Review/ }).click();
    }
    await page.close();
  }
  // A head-hop's tooltip with Set POV character, on the head-hop fixture; the status bar shows the POV of the
  // scene at the cursor.
  const dir = await mkdtemp(join(tmpdir(), 'redline-shots-'));
  await copyFile(new URL('../fixtures/fiction/close-third-head-hops.txt', import.meta.url), join(dir, 'the-letter.txt'));
  const fiction = await serve(join(dir, 'the-letter.txt'));
  try {
    const page = await openApp(browser, fiction.url, 'light');
    await page.locator('.cm-line', { hasText: 'Footsteps crossed' }).click({ position: { x: 8, y: 8 } });
    await page.locator('.cm-lintRange.rl-check-pov').first().hover();
    await page.locator('.cm-tooltip-lint').getByRole('button', { name: 'Set POV character…' }).waitFor();
    await page.screenshot({ path: new URL('pov-tooltip-light.png', out).pathname });
    await page.locator('.cm-tooltip-lint').getByRole('button', { name: 'Set POV character…' }).click();
    await page.getByRole('dialog', { name: 'Set POV character' }).waitFor();
    await page.screenshot({ path: new URL('pov-dialog-light.png', out).pathname });
    await page.getByRole('button', { name: 'Cancel' }).click();
    // Scenes: every scene's POV, person and tense, set or detected.
    await page.getByRole('button', { name: 'Scenes' }).click();
    await page.getByRole('dialog', { name: 'Scenes' }).locator('tbody tr').first().waitFor();
    await page.screenshot({ path: new URL('scenes-light.png', out).pathname });
    await page.close();
  } finally {
    await fiction.stop();
  }
  // The Book panel on a three-chapter story: a scene's menu, which sets its POV. (Pride and Prejudice's panel:
  // `SHOTS=docs npm run bench:book-typing`.)
  await copyFile(new URL('../fixtures/fiction/three-chapters.txt', import.meta.url), join(dir, 'the-letter-3.txt'));
  const story = await serve(join(dir, 'the-letter-3.txt'));
  try {
    const page = await openApp(browser, story.url, 'light');
    await page.getByRole('button', { name: 'Book', exact: true }).click();
    await page.locator('.rl-book-cell[data-scene="1.1"]').click({ button: 'right', position: { x: 60, y: 10 } });
    await page.getByRole('menu').waitFor();
    await page.screenshot({ path: new URL('book-panel-three-chapters.png', out).pathname });
    await page.close();
  } finally {
    await story.stop();
  }
  await folderShots(browser);
} finally {
  await browser.close();
  await served.stop();
}
