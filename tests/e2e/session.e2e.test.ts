// Issue 13, items 6 and 7 end to end: the settings view (words, ignores, dialect, narration, tense, POV by scene)
// and a review whose baseline outlives the session (saves, restarts, changes on disk, Start new review).
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { editorText, hasChromium, hoverTooltip, openApp, tooltipAction, underlined, useServedApp } from './support.js';

const STORY = (await readFile(new URL('../fixtures/fiction/close-third-head-hops.txt', import.meta.url), 'utf8')).split('* * *')[0]!;
const SLIPS = 'The wind had zorbled the colour of the the sea, and she recieved it.\n';
const SHOTS = process.env['REDLINE_SCREENSHOTS'];

// A new dialect rebuilds the spelling check: more than poll's default second on a loaded machine.
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000 });
const action = tooltipAction;
const sidecar = async (file: string) => JSON.parse(await readFile(`${file}.redline.json`, 'utf8')) as Record<string, unknown>;
const cliCheck = async (file: string, dictionary: string): Promise<string> => {
  const bin = new URL('../../bin/redline.js', import.meta.url).pathname;
  try {
    return (await promisify(execFile)(process.execPath, [bin, 'check', file, '--checks', 'spelling'], { env: { ...process.env, REDLINE_DICTIONARY: dictionary } })).stdout;
  } catch (e) {
    return (e as { stdout: string }).stdout; // exit 1: something found
  }
};

describe.skipIf(!hasChromium)('the settings view in Chromium via redline serve', () => {
  const app = useServedApp();

  it('lists and undoes ignores, shares words with every manuscript and the CLI, and sets dialect, narration, tense and POV', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'redline-e2e-settings-'));
    const file = join(dir, 'kitchen.txt');
    await writeFile(file, `${STORY.trimEnd()}\n\n${SLIPS}`);
    const served = await app.serve(file);
    const dictionary = join(served.dataDir, 'dictionary.txt');
    const page = await openApp(app.browser(), served.url);
    page.on('dialog', (d) => void d.accept());
    expect(await underlined(page, 'spelling')).toEqual(['zorbled', 'colour', 'recieved']);

    // "Add to my dictionary": the personal dictionary, which the CLI reads too.
    await action(await hoverTooltip(page, 'zorbled'), 'Add to my dictionary').click();
    await poll(() => underlined(page, 'spelling')).toEqual(['colour', 'recieved']);
    await poll(() => readFile(dictionary, 'utf8')).toBe('zorbled\n');
    const cli = await cliCheck(file, dictionary);
    expect(cli).toContain('recieved');
    expect(cli).not.toContain('zorbled');

    await action(await hoverTooltip(page, 'recieved'), 'Ignore').click();
    await action(await hoverTooltip(page, 'the the'), 'Ignore rule').click();
    await poll(() => underlined(page, 'repeated-words')).toEqual([]);

    // Ctrl+; opens the settings: every ignore listed with its text, every word with where it lives.
    await page.locator('.cm-line', { hasText: 'zorbled' }).click();
    await page.keyboard.press('Control+;');
    const view = page.getByRole('dialog', { name: 'Manuscript settings' });
    await view.waitFor();
    await expect(view.getByRole('group', { name: /My dictionary/ }).innerText()).resolves.toMatch(/dictionary\.txt[\s\S]*zorbled/);
    await expect(view.getByRole('region', { name: 'Ignored findings' }).innerText()).resolves.toMatch(/“recieved”[\s\S]*sea, and she recieved it\./);
    await expect(view.getByRole('region', { name: 'Ignored rules' }).innerText()).resolves.toContain('repeated-word');
    await expect(view.getByRole('region', { name: 'Point of view by scene' }).innerText()).resolves.toMatch(/1\.1[\s\S]*Mara[\s\S]*\(detected\)/);
    if (SHOTS) {
      await page.setViewportSize({ width: 1200, height: 1100 });
      await view.screenshot({ path: join(SHOTS, 'settings-light.png') });
      await page.setViewportSize({ width: 1200, height: 760 });
    }

    // Undo each ignore: the findings come back.
    await view.getByRole('button', { name: 'Undo ignore of “recieved”' }).click();
    await poll(() => underlined(page, 'spelling')).toEqual(['colour', 'recieved']);
    await view.getByRole('button', { name: /^Undo ignore of rule/ }).click();
    await poll(() => underlined(page, 'repeated-words')).toEqual(['the the']);
    expect(await sidecar(file)).toMatchObject({ ignored: [], ignoredNotes: {}, ignoredRules: [] });

    // Move a word to this manuscript, then remove it: it is flagged again.
    await view.getByRole('button', { name: 'Move to this manuscript: zorbled' }).click();
    await poll(async () => (await sidecar(file))['words']).toEqual(['zorbled']);
    await poll(() => readFile(dictionary, 'utf8')).toBe('');
    await view.getByRole('group', { name: /This manuscript/ }).getByRole('button', { name: 'Remove zorbled' }).click();
    await poll(() => underlined(page, 'spelling')).toEqual(['zorbled', 'colour', 'recieved']);

    // This manuscript is British: its dialect, not the app's.
    await view.getByRole('combobox', { name: 'Spelling dialect' }).selectOption('en-GB');
    await poll(() => underlined(page, 'spelling')).toEqual(['zorbled', 'recieved']);
    await view.getByRole('combobox', { name: 'Tense' }).selectOption('past');
    await view.getByRole('combobox', { name: 'Narration' }).selectOption('close');
    await poll(() => sidecar(file)).toMatchObject({ dialect: 'en-GB', tense: 'past', narration: 'close' });

    // POV of a scene from the same chooser as a head-hop's tooltip.
    await view.getByRole('button', { name: 'Set POV of scene 1.1' }).click();
    const chooser = page.getByRole('dialog', { name: 'Set POV character' });
    await chooser.getByRole('radio', { name: /No single POV/ }).check();
    await chooser.getByRole('button', { name: 'Set' }).click();
    await poll(() => underlined(page, 'pov')).toEqual([]);
    expect(await sidecar(file)).toMatchObject({ povCharacters: { '1.1': '' } });

    // All of it survives a reload, and the toolbar opens the view too.
    await page.reload();
    await page.waitForFunction(() => document.querySelector('[data-testid=progress]')?.textContent?.startsWith('Checked'));
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(view.getByRole('combobox', { name: 'Spelling dialect' }).inputValue()).resolves.toBe('en-GB');
    await expect(view.getByRole('combobox', { name: 'Tense' }).inputValue()).resolves.toBe('past');
    await expect(view.getByRole('region', { name: 'Point of view by scene' }).innerText()).resolves.toMatch(/no single POV \(set\)/);
    await view.getByRole('button', { name: 'Detect POV of scene 1.1' }).click();
    await poll(async () => (await sidecar(file))['povCharacters']).toEqual({});
  }, 240_000);
});

describe.skipIf(!hasChromium)('the review baseline in Chromium via redline serve', () => {
  const app = useServedApp();
  const MANUSCRIPT = ['The letter had recieved a stamp.', '', 'She sat on the the steps with Maren.', ''].join('\r\n');

  const exportDocx = async (page: Page, name: string, changes: string) => {
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await expect(dialog.innerText()).resolves.toContain(`the ${changes} made since the review began`);
    await dialog.getByRole('textbox', { name: 'File name' }).fill(name);
    await dialog.getByRole('combobox', { name: 'Change report' }).selectOption('md');
    await dialog.getByRole('button', { name: 'Export' }).click();
    await poll(() => page.locator('.rl-banner').innerText()).toContain(`Exported ${name}.docx`);
  };
  const saved = async (page: Page) => {
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+s');
    await poll(() => page.title()).toBe('chapter.txt — Redline');
  };

  it('Export shows every change since the review began, across saves, restarts and edits on disk, until Start new review', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'redline-e2e-baseline-'));
    const file = join(dir, 'chapter.txt');
    await writeFile(file, MANUSCRIPT);
    const dataDir = (await app.serve(file)).dataDir;
    let page = await openApp(app.browser(), app.served().url);
    await action(await hoverTooltip(page, 'recieved'), /received/).click();
    await saved(page);
    await page.close();

    // Restart the app: yesterday's fix is still part of the review.
    await app.served().stop();
    await app.serve(file, undefined, dataDir);
    page = await openApp(app.browser(), app.served().url);
    page.on('dialog', (d) => void d.accept());
    await action(await hoverTooltip(page, 'the the'), /Remove/).click();
    await saved(page);
    // Changed outside the app while open: reloaded, and still compared with the baseline.
    await writeFile(file, (await readFile(file, 'utf8')) + '\r\nIt rained.\r\n');
    await poll(() => editorText(page)).toContain('It rained.');
    await exportDocx(page, 'chapter-review', '3 changes');
    const xml = strFromU8(unzipSync(new Uint8Array(await readFile(join(dir, 'chapter-review.docx'))))['word/document.xml']!);
    expect(xml).toMatch(/<w:delText[^>]*>recieved<\/w:delText>/);
    expect(xml).toMatch(/<w:ins\b[\s\S]*?<w:t[^>]*>received<\/w:t>/);
    expect(xml).toMatch(/<w:delText[^>]*>the <\/w:delText>|<w:delText[^>]*> the<\/w:delText>/);
    expect(xml).toMatch(/<w:ins\b[^>]*>(?:(?!<\/w:ins>)[\s\S])*It rained\./);
    // Each accepted fix keeps its comment, the one accepted before the restart too (the review logs its fixes).
    const comments = strFromU8(unzipSync(new Uint8Array(await readFile(join(dir, 'chapter-review.docx'))))['word/comments.xml']!);
    expect(comments).toContain('spelling · spelling-unknown-word');
    expect(comments).toContain('repeated-words · repeated-word');
    const report = await readFile(join(dir, 'chapter-review.changes.md'), 'utf8');
    expect(report).toContain('recieved');
    expect(report).toContain('It rained.');

    // Start new review: nothing to export until the next change, after a restart too.
    await page.getByRole('button', { name: 'Settings' }).click();
    const view = page.getByRole('dialog', { name: 'Manuscript settings' });
    await expect(view.getByTestId('review-since').innerText()).resolves.toContain('the 3 changes made since');
    if (process.env['REDLINE_SCREENSHOTS']) await view.getByRole('region', { name: 'Review' }).screenshot({ path: join(process.env['REDLINE_SCREENSHOTS'], 'review-baseline-light.png') });
    await view.getByRole('button', { name: 'Start new review' }).click();
    await poll(() => view.getByTestId('review-since').innerText()).toContain('the 0 changes made since');
    await view.getByRole('button', { name: 'Close' }).click();
    await page.close();
    await app.served().stop();
    await app.serve(file, undefined, dataDir);
    page = await openApp(app.browser(), app.served().url, 'light', false);
    await page.getByRole('button', { name: 'Export…' }).click();
    await poll(() => page.getByRole('dialog', { name: 'Export' }).innerText()).toContain('the 0 changes made since the review began');
  }, 240_000);
});
