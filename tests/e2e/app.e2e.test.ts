// The app end to end: real Chromium driving the real renderer against `redline serve` on a real file.
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { editorText, hasChromium, openApp, underlined, useServedApp } from './support.js';

const MANUSCRIPT = [
  'The letter had recieved a stamp.',
  '',
  'She sat on the the steps with Maren. Later Maren waited by the door.',
  '',
  'He folded the the map, and Maren said the wind had zorbled everything.',
  '',
].join('\r\n');

describe.skipIf(!hasChromium)('Redline in Chromium via redline serve', () => {
  const app = useServedApp();
  let file: string;

  const start = async (text = MANUSCRIPT): Promise<Page> => {
    const dir = await mkdtemp(join(tmpdir(), 'redline-e2e-'));
    file = join(dir, 'chapter.txt');
    await writeFile(file, text);
    return openApp(app.browser(), (await app.serve(file)).url);
  };
  const hoverTooltip = async (page: Page, word: string) => {
    await page.locator('.cm-lintRange', { hasText: word }).first().hover();
    const tip = page.locator('.cm-tooltip-lint');
    await tip.waitFor();
    return tip;
  };

  it('underlines each check, learns the name, and shows the status', async () => {
    const page = await start();
    expect(await underlined(page, 'spelling')).toEqual(['recieved', 'zorbled']);
    expect(await underlined(page, 'repeated-words')).toEqual(['the the', 'the the']);
    await expect(page.locator('.rl-status').innerText()).resolves.toMatch(/Spelling 2[\s\S]*Repeated words 2/);
    await expect(page.locator('.rl-cast').innerText()).resolves.toContain('Maren');
    expect(await page.title()).toBe('chapter.txt — Redline');
  });

  it('hover shows the message and fixes; a fix changes the text; Ctrl+S writes it with CRLF kept', async () => {
    const page = await start();
    const tip = await hoverTooltip(page, 'recieved');
    await expect(tip.locator('.cm-diagnostic').innerText()).resolves.toContain('“recieved”');
    const buttons = await tip.locator('.cm-diagnosticAction').allInnerTexts();
    expect(buttons).toEqual(expect.arrayContaining(['Change to “received”', 'Ignore', 'Ignore rule', 'Add to my dictionary', 'Add to this manuscript']));
    await tip.locator('.cm-diagnosticAction', { hasText: 'Change to “received”' }).click();
    expect((await editorText(page)).split('\n')[0]).toBe('The letter had received a stamp.');
    expect(await underlined(page, 'spelling')).toEqual(['zorbled']);
    expect(await page.title()).toBe('● chapter.txt — Redline');

    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.title()).toBe('chapter.txt — Redline');
    const disk = await readFile(file, 'utf8');
    expect(disk).toBe(MANUSCRIPT.replace('recieved', 'received'));
  });

  it('the tooltip stays open while the mouse travels from the word to its buttons', async () => {
    const page = await start();
    const word = (await page.locator('.cm-lintRange', { hasText: 'recieved' }).boundingBox())!;
    await page.mouse.move(word.x + word.width / 2, word.y + word.height / 2);
    const button = page.locator('.cm-tooltip-lint .cm-diagnosticAction', { hasText: 'Ignore rule' });
    const box = (await button.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 25 });
    await page.waitForTimeout(400);
    await expect(button.isVisible()).resolves.toBe(true);
  });

  it('F8 moves to the next issue, Ctrl+. applies its first fix, Ctrl+Shift+. ignores', async () => {
    const page = await start();
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('F8');
    await expect(page.getByTestId('at-cursor').innerText()).resolves.toContain('Ctrl+. Change to “received”');
    await page.keyboard.press('Control+.');
    expect((await editorText(page)).split('\n')[0]).toBe('The letter had received a stamp.');
    // Ctrl+Shift+. ignores the issue at the cursor: the first "the the".
    await page.keyboard.press('F8');
    await page.keyboard.press('Control+Shift+Period');
    await expect.poll(() => underlined(page, 'repeated-words')).toEqual(['the the']);
    await expect.poll(async () => JSON.parse(await readFile(`${file}.redline.json`, 'utf8')).ignored.length).toBe(1);
  });

  it('accept all of a kind: preview with checkboxes, one transaction, one undo', async () => {
    const page = await start();
    await page.getByRole('button', { name: /^Review/ }).click();
    const rule = page.locator('.rl-rule-group[data-rule="repeated-word"]');
    await expect(rule.locator('.rl-count').innerText()).resolves.toBe('2');
    await rule.getByRole('button', { name: 'Accept all…' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.locator('input[type=checkbox]').count()).resolves.toBe(2);
    await expect(dialog.locator('li').first().innerText()).resolves.toMatch(/sat on\s*the the\s*the\s*steps/);
    await dialog.getByRole('button', { name: 'Apply 2 changes' }).click();
    const after = await editorText(page);
    expect(after).toContain('She sat on the steps');
    expect(after).toContain('He folded the map');

    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+z');
    const undone = await editorText(page);
    expect(undone).toContain('She sat on the the steps');
    expect(undone).toContain('He folded the the map');
  });

  it('accept all per check and for everything, under readable rule names, and Ctrl+Z right after undoes it', async () => {
    const page = await start();
    await page.getByRole('button', { name: /^Review/ }).click();
    await expect(page.locator('.rl-rule-group[data-rule="repeated-word"] .rl-rule-id').innerText()).resolves.toBe('Repeated word');
    await expect(page.locator('.rl-rule-group[data-rule="spelling-unknown-word"] .rl-rule-id').innerText()).resolves.toBe('Not in the dictionary');
    // One check's every rule at once.
    await page.locator('.rl-group[data-check="repeated-words"] h3').getByRole('button', { name: 'Accept all…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Accept all: Repeated words' });
    await dialog.getByRole('button', { name: 'Apply 2 changes' }).click();
    expect(await editorText(page)).toContain('She sat on the steps');
    // Focus is back in the text: Ctrl+Z undoes the accept-all, not the filter box.
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(page)).toContain('She sat on the the steps');
    await expect.poll(() => underlined(page, 'repeated-words')).toEqual(['the the', 'the the']);
    // Everything: every check's first fixes in one preview.
    await page.getByRole('button', { name: 'Accept all from every check…' }).click();
    const all = page.getByRole('dialog', { name: 'Accept all: every check' });
    await expect(all.locator('input[type=checkbox]').count()).resolves.toBeGreaterThanOrEqual(3);
    await all.getByRole('button', { name: /^Apply \d+ changes$/ }).click();
    const after = await editorText(page);
    expect(after).toContain('The letter had received a stamp.');
    expect(after).toContain('He folded the map');
  });

  it('unticked changes are left alone', async () => {
    const page = await start();
    await page.getByRole('button', { name: /^Review/ }).click();
    await page.locator('.rl-rule-group[data-rule="repeated-word"]').getByRole('button', { name: 'Accept all…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[type=checkbox]').nth(1).uncheck();
    await dialog.getByRole('button', { name: 'Apply 1 change' }).click();
    const after = await editorText(page);
    expect(after).toContain('She sat on the steps');
    expect(after).toContain('He folded the the map');
  });

  it('Ignore and Add to this manuscript persist in the manuscript settings and survive a reload', async () => {
    const page = await start();
    await (await hoverTooltip(page, 'recieved')).locator('.cm-diagnosticAction', { hasText: /^Ignore$/ }).click();
    await expect.poll(() => underlined(page, 'spelling')).toEqual(['zorbled']);
    await page.mouse.move(0, 0);
    await (await hoverTooltip(page, 'zorbled')).locator('.cm-diagnosticAction', { hasText: 'Add to this manuscript' }).click();
    await expect.poll(() => underlined(page, 'spelling')).toEqual([]);

    // The ignore survives edits elsewhere: the fingerprint does not depend on position.
    await page.locator('.cm-line', { hasText: 'She sat on' }).click();
    await page.keyboard.press('Home');
    await page.keyboard.type('At dawn. ');
    await page.locator('.cm-line').first().click();
    await page.keyboard.press('Home');
    await page.keyboard.type('Yes. ');
    await expect.poll(() => page.locator('[data-testid=progress]').innerText()).toMatch(/^Checked 3 paragraphs \([12] re-read\)$/);
    expect(await underlined(page, 'spelling')).toEqual([]);
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.title()).toBe('chapter.txt — Redline');

    const settings = JSON.parse(await readFile(`${file}.redline.json`, 'utf8')) as { words: string[]; ignored: string[] };
    expect(settings.words).toEqual(['zorbled']);
    expect(settings.ignored).toHaveLength(1);

    await page.reload();
    await page.waitForFunction(() => document.querySelector('[data-testid=progress]')?.textContent?.startsWith('Checked'));
    expect(await underlined(page, 'spelling')).toEqual([]);
    expect(await underlined(page, 'repeated-words')).toEqual(['the the', 'the the']);
  });

  it('re-checks only the edited paragraph, and typing moves the underlines with the text', async () => {
    const page = await start();
    await page.locator('.cm-line', { hasText: 'He folded' }).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' It was late.');
    await expect.poll(() => page.locator('[data-testid=progress]').innerText()).toBe('Checked 3 paragraphs (1 re-read)');
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Well. ');
    await expect.poll(() => page.locator('[data-testid=progress]').innerText()).toBe('Checked 3 paragraphs (1 re-read)');
    expect(await underlined(page, 'spelling')).toEqual(['recieved', 'zorbled']);
    expect((await editorText(page)).split('\n')[0]).toBe('Well. The letter had recieved a stamp.');
  });

  it('the review panel filters, and a click jumps to the issue', async () => {
    const page = await start();
    await page.getByRole('button', { name: /^Review/ }).click();
    await page.getByRole('searchbox', { name: 'Filter issues' }).fill('zorb');
    await expect(page.locator('.rl-panel .rl-item').allInnerTexts()).resolves.toEqual([expect.stringContaining('zorbled')]);
    await page.locator('.rl-panel .rl-item').click();
    const selected = await page.evaluate(() => getSelection()?.toString());
    expect(selected).toBe('zorbled');
  });

  it('a change on disk reloads a clean document', async () => {
    const page = await start();
    await writeFile(file, MANUSCRIPT.replace('recieved', 'received').replace('zorbled', 'flattened'));
    await expect.poll(() => editorText(page), { timeout: 10_000 }).toContain('The letter had received a stamp.');
    await expect(page.locator('.rl-banner').innerText()).resolves.toContain('changed on disk and was reloaded');
    await expect.poll(() => underlined(page, 'spelling')).toEqual([]);
  });

  it('Preferences switch a check off, and the choice persists', async () => {
    const page = await start();
    await page.getByRole('button', { name: 'Preferences' }).click();
    const dialog = page.getByRole('dialog', { name: 'Preferences' });
    await dialog.getByRole('checkbox', { name: /Spelling/ }).uncheck();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => underlined(page, 'spelling')).toEqual([]);
    expect(await underlined(page, 'repeated-words')).toEqual(['the the', 'the the']);
    await page.reload();
    await page.waitForSelector('.cm-lintRange');
    expect(await underlined(page, 'spelling')).toEqual([]);
  });

  it('Preferences set the default dialect and send the writer to the manuscript’s own in Settings', async () => {
    const page = await start();
    await page.getByRole('button', { name: 'Preferences' }).click();
    const prefs = page.getByRole('dialog', { name: 'Preferences' });
    await expect(prefs.getByRole('combobox', { name: 'Default spelling dialect' }).inputValue()).resolves.toBe('auto');
    await expect(prefs.getByTestId('dialect-note').innerText()).resolves.toMatch(/^For manuscripts that set none\. This manuscript uses the default\./);
    await prefs.getByRole('button', { name: 'Set this manuscript’s dialect in Settings…' }).click();
    const settings = page.getByRole('dialog', { name: 'Manuscript settings' });
    await settings.getByRole('combobox', { name: 'Spelling dialect' }).selectOption('en-GB');
    await expect.poll(() => settings.getByRole('combobox', { name: 'Spelling dialect' }).inputValue()).toBe('en-GB');
    await settings.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Preferences' }).click();
    await expect(prefs.getByTestId('dialect-note').innerText()).resolves.toContain('This manuscript sets its own: British English.');
  });

  it('says what was checked when nothing is found, never that the text is clean', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'redline-e2e-clean-'));
    await writeFile(join(dir, 'clean.txt'), 'She knew the man at the door.\n');
    const page = await openApp(app.browser(), (await app.serve(join(dir, 'clean.txt'))).url, 'light', false);
    await expect.poll(() => page.getByTestId('nothing-found').innerText().catch(() => '')).toBe('No findings from the six checks that ran.');
    await page.getByRole('button', { name: /^Review/ }).click();
    await expect(page.locator('.rl-panel .rl-empty').innerText()).resolves.toBe('No findings from the six checks that ran.');
  });

  it('keeps your place when a fix is applied far from the cursor', async () => {
    const filler = Array.from({ length: 120 }, (_, i) => `Paragraph ${i + 1} of the long chapter walked on quietly.`);
    const dir = await mkdtemp(join(tmpdir(), 'redline-e2e-long-'));
    file = join(dir, 'long.txt');
    await writeFile(file, [...filler, 'At last she recieved the letter.', ''].join('\n\n'));
    const page = await openApp(app.browser(), (await app.serve(file)).url, 'light', false);
    await page.locator('.cm-line').first().click();
    const scroller = page.locator('.cm-scroller');
    await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await page.locator('.cm-lintRange', { hasText: 'recieved' }).waitFor();
    const before = await scroller.evaluate((el) => el.scrollTop);
    expect(before).toBeGreaterThan(2000);
    await page.locator('.cm-lintRange', { hasText: 'recieved' }).hover();
    await page.locator('.cm-tooltip-lint').getByRole('button', { name: 'received' }).click();
    await expect.poll(() => editorText(page)).toContain('At last she received the letter.');
    expect(Math.abs((await scroller.evaluate((el) => el.scrollTop)) - before)).toBeLessThan(40);
  });

  it('F8 brings the next issue to the middle of the view, not under the hint bar at the bottom edge', async () => {
    const filler = Array.from({ length: 120 }, (_, i) => `Paragraph ${i + 1} of the long chapter walked on quietly.`);
    const dir = await mkdtemp(join(tmpdir(), 'redline-e2e-f8-'));
    file = join(dir, 'long.txt');
    await writeFile(file, [...filler.slice(0, 40), 'Then she recieved the letter.', ...filler.slice(40), ''].join('\n\n'));
    const page = await openApp(app.browser(), (await app.serve(file)).url, 'light', false);
    await page.locator('.cm-line').first().click();
    await page.keyboard.press('F8');
    const slip = page.locator('.cm-lintRange', { hasText: 'recieved' });
    await slip.waitFor();
    const box = (await slip.boundingBox())!;
    const view = (await page.locator('.cm-scroller').boundingBox())!;
    const middle = view.y + view.height / 2;
    expect(Math.abs(box.y + box.height / 2 - middle)).toBeLessThan(view.height / 6);
  });

  it('shows a hard-wrapped manuscript with its own line breaks and no one-word orphan lines', async () => {
    const source = await readFile(new URL('../../../shared/corpus/pride-and-prejudice.txt', import.meta.url), 'utf8').catch(() => undefined);
    const sample = (source ?? '').split(/\r?\n/).slice(200, 420).join('\n');
    if (!sample.trim()) return; // ../shared is not beside this checkout
    const dir = await mkdtemp(join(tmpdir(), 'redline-e2e-wrap-'));
    file = join(dir, 'wrapped.txt');
    await writeFile(file, sample);
    const page = await openApp(app.browser(), (await app.serve(file)).url, 'light', false);
    // Each source line is one screen line: no line of the view is a lone word left over from a wrapped line.
    const heights = await page.locator('.cm-line').evaluateAll((lines) => lines.filter((l) => l.textContent).map((l) => l.getBoundingClientRect().height));
    expect(heights.length).toBeGreaterThan(20);
    expect(Math.max(...heights)).toBeLessThan(Math.min(...heights) * 1.5);
    await page.screenshot({ path: join(dir, 'wrapped.png') });
    expect(await readFile(file, 'utf8')).toBe(sample);
  });

  it('shows the word count at once, before the dictionaries load and the first check reports', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'redline-e2e-words-'));
    file = join(dir, 'words.txt');
    await writeFile(file, 'One two three four five.\n\nSix seven eight nine ten eleven.\n');
    const page = await app.browser().newPage({ viewport: { width: 1200, height: 760 } });
    // Hold the dictionaries back for a while: the status bar must not say "0 words" meanwhile.
    await page.route('**/bridge/invoke/engine:data', async (route) => {
      await new Promise((r) => setTimeout(r, 4000));
      await route.continue();
    });
    await page.goto((await app.serve(file)).url);
    await expect.poll(() => page.getByTestId('words').innerText().catch(() => '')).toBe('11 words');
    expect(await page.getByTestId('progress').innerText()).toBe('Loading dictionaries…');
  });

  it('autosaves unsaved work and offers it back after a crash', async () => {
    const page = await start();
    await page.locator('.cm-line', { hasText: 'He folded' }).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Unsaved words.');
    const dataDir = app.served().dataDir;
    await expect.poll(async () => (await readdir(join(dataDir, 'recovery')).catch(() => [])).length, { timeout: 12_000 }).toBe(1);
    await page.close();
    await app.served().stop('SIGKILL');
    const again = await openApp(app.browser(), (await app.serve(file, undefined, dataDir)).url);
    expect(await editorText(again)).not.toContain('Unsaved words.');
    await again.getByRole('alert').getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => editorText(again)).toContain('Unsaved words.');
    // Restored onto its own file, with unsaved changes: Ctrl+S saves it there.
    await expect.poll(() => again.title()).toBe('● chapter.txt — Redline');
    await again.locator('.cm-content').click();
    await again.keyboard.press('Control+s');
    await expect.poll(() => again.title()).toBe('chapter.txt — Redline');
    expect(await readFile(file, 'utf8')).toContain('Unsaved words.');
  });

  it('with no file, opens the bundled sample chapter with its slips underlined; Ctrl+S asks for a name', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'redline-e2e-sample-'));
    const page = await openApp(app.browser(), (await app.serve(undefined, dir)).url);
    expect(await page.title()).toMatch(/sample/);
    expect(await underlined(page, 'spelling')).toEqual(expect.arrayContaining(['recieved', 'untill']));
    expect(await underlined(page, 'repeated-words')).toEqual(expect.arrayContaining(['the the', 'the his']));
    await expect(page.locator('.rl-cast').innerText()).resolves.toContain('Maren');

    page.once('dialog', (d) => void d.accept('lighthouse.txt'));
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.title()).toBe('lighthouse.txt — Redline');
    expect(await readFile(join(dir, 'lighthouse.txt'), 'utf8')).toMatch(/^Chapter One\n\nThe letter had recieved/);
  });
});
