// File → Export… end to end: the served app exports the editor's changes as Word tracked changes and as text.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { editorText, hasChromium, openApp, useServedApp } from './support.js';

const MANUSCRIPT = ['The letter had recieved a stamp.', '', 'She sat on the steps with Maren.', ''].join('\r\n');

describe.skipIf(!hasChromium)('File → Export… in Chromium via redline serve', () => {
  const app = useServedApp();

  const exportAs = async (page: Page, format: RegExp, name: string) => {
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('radio', { name: format }).check();
    await dialog.getByRole('textbox', { name: 'File name' }).fill(name);
    return dialog;
  };

  it('exports an accepted fix as a Word tracked change, and as plain text with CRLF kept', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'redline-e2e-export-'));
    const file = join(dir, 'chapter.txt');
    await writeFile(file, MANUSCRIPT);
    const page = await openApp(app.browser(), (await app.serve(file)).url);
    await page.locator('.cm-lintRange', { hasText: 'recieved' }).first().hover();
    await page.locator('.cm-tooltip-lint').getByRole('button', { name: 'received' }).click();
    expect((await editorText(page)).split('\n')[0]).toBe('The letter had received a stamp.');

    const dialog = await exportAs(page, /Word document/, 'chapter-tracked');
    await expect(dialog.innerText()).resolves.toContain('the 1 change made since the review began');
    await expect(dialog.getByRole('checkbox', { name: /Tracked changes/ }).isChecked()).resolves.toBe(true);
    await dialog.getByRole('combobox', { name: 'Change report' }).selectOption('html');
    await dialog.getByRole('button', { name: 'Export' }).click();
    await expect
      .poll(() => page.locator('.rl-banner').innerText())
      .toContain('Exported chapter-tracked.docx with 1 change as tracked changes. Change report: chapter-tracked.changes.html.');
    const zip = unzipSync(new Uint8Array(await readFile(join(dir, 'chapter-tracked.docx'))));
    const xml = strFromU8(zip['word/document.xml']!);
    expect(xml).toMatch(/<w:del\b[^>]*w:author="Redline"[\s\S]*?<w:delText[^>]*>recieved<\/w:delText>/);
    expect(xml).toMatch(/<w:ins\b[^>]*w:author="Redline"[\s\S]*?<w:t[^>]*>received<\/w:t>/);
    expect(strFromU8(zip['word/comments.xml']!)).toContain('spelling-unknown-word');
    expect(await readFile(join(dir, 'chapter-tracked.changes.html'), 'utf8')).toContain('recieved');

    await (await exportAs(page, /Plain text/, 'chapter-clean')).getByRole('button', { name: 'Export' }).click();
    await expect.poll(() => page.locator('.rl-banner').innerText()).toContain('Exported chapter-clean.txt with 1 change.');
    expect(await readFile(join(dir, 'chapter-clean.txt'), 'utf8')).toBe(MANUSCRIPT.replace('recieved', 'received'));
    // Export is not Save: the manuscript on disk is as it was.
    expect(await readFile(file, 'utf8')).toBe(MANUSCRIPT);

    // A name that is the manuscript itself is refused; nothing is overwritten.
    await (await exportAs(page, /Plain text/, 'chapter')).getByRole('button', { name: 'Export' }).click();
    await expect.poll(() => page.locator('.rl-banner').innerText()).toContain('chapter.txt is the manuscript itself');
    expect(await readFile(file, 'utf8')).toBe(MANUSCRIPT);
  });
});
