// Opening a Word document for review: checked in the editor, never saved over, exported as tracked changes.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { makeDocx } from '../support/docx.js';
import { editorText, hasChromium, openApp, useServedApp } from './support.js';

describe.skipIf(!hasChromium)('a .docx opened for review in Chromium via redline serve', () => {
  const app = useServedApp();

  it('underlines the text, has Export instead of Save, and exports the fix as a tracked change in the original', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'redline-e2e-docx-'));
    const file = join(dir, 'book.docx');
    const original = await makeDocx([
      { heading: 1, runs: ['Chapter One'] },
      { runs: ['The letter had recieved a stamp, and ', { text: 'nobody', italics: true }, ' knew why.'] },
    ]);
    await writeFile(file, original);
    const page = await openApp(app.browser(), (await app.serve(file)).url);
    expect(await editorText(page)).toContain('The letter had recieved a stamp, and nobody knew why.');
    await expect(page.locator('.rl-banner').innerText()).resolves.toContain('book.docx is a Word document opened for review');
    expect(await page.getByRole('button', { name: 'Save', exact: true }).count()).toBe(0);

    await page.locator('.cm-lintRange', { hasText: 'recieved' }).first().hover();
    await page.locator('.cm-tooltip-lint').getByRole('button', { name: 'received' }).click();
    // Ctrl+S opens Export: a Word document is never saved over.
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+s');
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('textbox', { name: 'File name' }).fill('book-edited');
    await dialog.getByRole('button', { name: 'Export' }).click();
    await expect.poll(() => page.locator('.rl-banner').innerText()).toContain('Exported book-edited.docx with 1 change as tracked changes.');

    const xml = strFromU8(unzipSync(new Uint8Array(await readFile(join(dir, 'book-edited.docx'))))['word/document.xml']!);
    expect(xml).toMatch(/<w:delText[^>]*>recieved<\/w:delText>/);
    expect(xml).toMatch(/<w:ins\b[^>]*w:author="Redline"/);
    expect(xml).toMatch(/<w:i\/>[\s\S]*nobody/); // the italics of the original are kept
    expect(new Uint8Array(await readFile(file))).toEqual(original);
  });
});
