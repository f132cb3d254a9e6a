// Issue 10: `serve`'s Save As and Export replaced other files in the folder without asking. Now the page asks
// (a confirm naming the file) and replaces only when the user says yes.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasChromium, openApp, useServedApp } from './support.js';

describe.skipIf(!hasChromium)('serve asks before replacing a file', () => {
  const app = useServedApp();

  it('Save As and Export onto an existing name: No keeps the file, Yes replaces it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'redline-e2e-overwrite-'));
    const file = join(dir, 'chapter.txt');
    await writeFile(file, 'She recieved the letter.\n');
    await writeFile(join(dir, 'other.txt'), 'Another chapter.\n');
    await writeFile(join(dir, 'chapter.edited.txt'), 'last week’s export\n');
    const page = await openApp(app.browser(), (await app.serve(file)).url);

    const asked: string[] = [];
    let answer = false;
    page.on('dialog', (d) => {
      asked.push(`${d.type()}: ${d.message()}`);
      if (d.type() === 'prompt') void d.accept('other.txt');
      else if (answer) void d.accept();
      else void d.dismiss();
    });

    await page.keyboard.press('Control+Shift+S');
    await expect.poll(() => page.locator('.rl-banner').innerText()).toContain('Not saved: nothing was replaced.');
    expect(asked).toContain('confirm: other.txt already exists in this folder. Replace it?');
    expect(await readFile(join(dir, 'other.txt'), 'utf8')).toBe('Another chapter.\n');

    answer = true;
    await page.keyboard.press('Control+Shift+S');
    await expect.poll(() => page.locator('.rl-banner').innerText()).toContain('Saved as other.txt.');
    expect(await readFile(join(dir, 'other.txt'), 'utf8')).toBe('She recieved the letter.\n');

    answer = false;
    const exportAs = async () => {
      await page.getByRole('button', { name: 'Export…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export' });
      await dialog.getByRole('radio', { name: /Plain text/ }).check();
      await dialog.getByRole('textbox', { name: 'File name' }).fill('chapter.edited');
      await dialog.getByRole('button', { name: 'Export' }).click();
    };
    await exportAs();
    await expect.poll(() => page.locator('.rl-banner').innerText()).toContain('Not exported: nothing was replaced.');
    expect(asked).toContain('confirm: chapter.edited.txt already exists in this folder. Replace it?');
    expect(await readFile(join(dir, 'chapter.edited.txt'), 'utf8')).toBe('last week’s export\n');

    answer = true;
    await exportAs();
    await expect.poll(() => page.locator('.rl-banner').innerText()).toContain('Exported chapter.edited.txt');
    expect(await readFile(join(dir, 'chapter.edited.txt'), 'utf8')).toBe('She recieved the letter.\n');
    expect(await readFile(file, 'utf8')).toBe('She recieved the letter.\n');
  });
});
