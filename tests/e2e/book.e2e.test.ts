// The Book panel end to end: every scene of a three-chapter manuscript on the map, a click that jumps to a scene,
// and a POV set from the map (mouse and keyboard) that re-colours the scene and changes the head-hop findings.
import { copyFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasChromium, openApp, underlined, useServedApp } from './support.js';

describe.skipIf(!hasChromium)('the Book panel in Chromium via redline serve', () => {
  const app = useServedApp();

  it('maps every scene of three chapters, jumps to a scene on click, and sets a scene’s POV from the map', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'redline-e2e-book-'));
    const file = join(dir, 'the-letter.txt');
    await copyFile(new URL('../fixtures/fiction/three-chapters.txt', import.meta.url), file);
    const page = await openApp(app.browser(), (await app.serve(file)).url);
    // Head-hops: Jon's thoughts in Mara's first scene, and one more in her second.
    const povFindings = () => page.locator('.rl-status-pov').innerText().catch(() => '');
    await expect.poll(povFindings).toBe('Point of view 2');
    await expect.poll(() => underlined(page, 'pov')).toContain('Jon wondered whether she had found the letter. He knew he should have burned it.');

    // Ctrl+Shift+B opens the panel (the toolbar's Book button shows it is open).
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+Shift+B');
    await expect(page.getByRole('button', { name: 'Book', exact: true }).getAttribute('aria-pressed')).resolves.toBe('true');
    const map = page.getByTestId('book-map');
    const cell = (key: string) => map.locator(`[data-scene="${key}"]`);
    await expect.poll(() => map.locator('[role=rowheader]').allInnerTexts()).toEqual(['Chapter One', 'Chapter Two', 'Chapter Three']);
    expect(await map.locator('.rl-book-cell').evaluateAll((cells) => cells.map((c) => [c.getAttribute('data-scene'), c.getAttribute('data-pov')]))).toEqual([
      ['1.1', 'Mara'],
      ['1.2', 'Mara'],
      ['2.1', 'Jon'],
      ['2.2', 'Ilsa'],
      ['3.1', 'Mara'],
    ]);
    const fill = (key: string) => cell(key).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await fill('1.1')).toBe(await fill('3.1'));
    expect(await fill('1.1')).not.toBe(await fill('2.1'));
    // Marks: the present-tense scene, the head-hop badge; the legend names each viewpoint.
    await expect(cell('2.2').innerText()).resolves.toContain('PRES');
    await expect(cell('1.1').locator('.rl-book-badge.rl-book-slips').innerText()).resolves.toBe('1');
    await expect(page.locator('.rl-book-legend-povs').innerText()).resolves.toMatch(/Mara\s+Jon\s+Ilsa/);

    // Hover: the scene's first line, its POV and the evidence.
    await cell('2.2').hover();
    const card = page.getByTestId('book-card');
    await expect(card.innerText()).resolves.toMatch(/Scene 2\.2[\s\S]*Ilsa reads the letter twice[\s\S]*POV: Ilsa[\s\S]*Thoughts reported: Ilsa\.[\s\S]*present/);

    // Click: the cursor goes to the start of the scene, scrolled into view; the status bar shows its POV.
    await cell('2.2').click();
    await expect.poll(() => page.getByTestId('pov').innerText()).toBe('POV: Ilsa');
    const at = await page.evaluate(() => {
      const sel = window.getSelection();
      return { text: sel?.anchorNode?.textContent ?? '', offset: sel?.anchorOffset };
    });
    expect(at).toEqual({ text: expect.stringMatching(/^Ilsa reads the letter twice/), offset: 0 });
    await expect(page.locator('.cm-line', { hasText: 'Ilsa reads the letter twice' }).isVisible()).resolves.toBe(true);

    // Right-click: set scene 1.1's POV to Jon. The cell takes Jon's colour and is marked as set; Mara's
    // thoughts in it are the head-hops now, and Jon's are not.
    const jon = await fill('2.1');
    await cell('1.1').click({ button: 'right' });
    const menu = page.getByRole('menu', { name: 'Scene 1.1' });
    await expect(menu.getByRole('menuitemradio', { name: /Detect automatically \(now Mara\)/ }).getAttribute('aria-checked')).resolves.toBe('true');
    await menu.getByRole('menuitemradio', { name: 'POV: Jon' }).click();
    await expect.poll(() => cell('1.1').getAttribute('data-pov')).toBe('Jon');
    await expect.poll(() => fill('1.1')).toBe(jon);
    await expect(cell('1.1').getAttribute('class')).resolves.toContain('rl-book-set');
    await expect.poll(povFindings).toBe('Point of view 3');
    await cell('1.1').click();
    await expect.poll(() => page.getByTestId('pov').innerText()).toBe('POV: Jon (set)');
    await expect.poll(() => underlined(page, 'pov')).toEqual(expect.arrayContaining(['She knew the house was empty before she called out.', 'She wondered where her brother had gone.']));
    expect(await underlined(page, 'pov')).not.toContain('Jon wondered whether she had found the letter. He knew he should have burned it.');
    expect(JSON.parse(await readFile(`${file}.redline.json`, 'utf8'))).toMatchObject({ povCharacters: { '1.1': 'Jon' } });

    // The keyboard: Shift+F10 on a focused cell opens the same menu; "No single POV" clears scene 1.2's head-hop.
    await cell('1.2').focus();
    await page.keyboard.press('Shift+F10');
    const menu2 = page.getByRole('menu', { name: 'Scene 1.2' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Go to scene');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('No single POV');
    await page.keyboard.press('Enter');
    await expect(menu2.count()).resolves.toBe(0);
    await expect.poll(() => cell('1.2').getAttribute('data-pov')).toBe('');
    await expect.poll(povFindings).toBe('Point of view 2');
    expect(JSON.parse(await readFile(`${file}.redline.json`, 'utf8'))).toMatchObject({ povCharacters: { '1.1': 'Jon', '1.2': '' } });

    // The cast: a line per character, Mara's as the viewpoint of two scenes now.
    await page.getByRole('tab', { name: 'Cast' }).click();
    await expect.poll(() => page.locator('[data-character]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-character')))).toEqual(['Jon', 'Mara', 'Ilsa']);
    await page.screenshot({ path: join(dir, 'book-cast.png') });
  });
});
