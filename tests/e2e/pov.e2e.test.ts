// Set POV character end to end: the tooltip of a head-hop, the chooser, the flags after, the sidecar, a reload.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {hasChromium, openApp, underlined, useServedApp } from './support.js';

// Mara's scene; two sentences slip into Jon's head.
const STORY = (await readFile(new URL('../fixtures/fiction/close-third-head-hops.txt', import.meta.url), 'utf8')).split('* * *')[0]!;

describe.skipIf(!hasChromium)('Set POV character in Chromium via redline serve', () => {
  const app = useServedApp();

  it('a head-hop’s tooltip sets the scene’s POV character; the flags follow it and it survives a reload', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'redline-e2e-pov-'));
    const file = join(dir, 'kitchen.txt');
    await writeFile(file, STORY);
    const page = await openApp(app.browser(), (await app.serve(file)).url);
    await expect.poll(() => underlined(page, 'pov')).toEqual(['Jon wondered whether she had found the letter. He knew he should have burned it.']);
    // The status bar shows the POV of the scene at the cursor.
    await page.locator('.cm-line', { hasText: 'Mara pushed' }).click();
    await expect.poll(() => page.getByTestId('pov').innerText()).toBe('POV: Mara');

    await page.locator('.cm-lintRange.rl-check-pov').first().hover();
    const tip = page.locator('.cm-tooltip-lint');
    await expect(tip.innerText()).resolves.toContain('These sentences report Jon’s thoughts in a scene told from Mara’s point of view.');
    await tip.getByRole('button', { name: 'Set POV character…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Set POV character' });
    // The cast is offered; Mara is the detected POV, so "Detect automatically" is chosen now.
    await expect(dialog.getByRole('radio', { name: 'Detect automatically (now Mara)' }).isChecked()).resolves.toBe(true);
    await dialog.getByRole('radio', { name: 'Jon', exact: true }).check();
    await dialog.getByRole('button', { name: 'Set' }).click();

    // Told from Jon's point of view, Mara's thoughts are the slips now, and Jon's are not.
    await expect
      .poll(() => underlined(page, 'pov'))
      .toEqual(['She knew the house was empty before she called out.', 'She wondered where her brother had gone.']);
    await expect.poll(() => page.getByTestId('pov').innerText()).toBe('POV: Jon (set)');
    expect(JSON.parse(await readFile(`${file}.redline.json`, 'utf8'))).toMatchObject({ povCharacters: { '1.1': 'Jon' } });

    await page.reload();
    await page.waitForSelector('.cm-lintRange.rl-check-pov');
    await page.waitForFunction(() => document.querySelector('[data-testid=progress]')?.textContent?.startsWith('Checked'));
    expect(await underlined(page, 'pov')).toEqual(['She knew the house was empty before she called out.', 'She wondered where her brother had gone.']);

    // "No single POV": no head-hop flags in the scene at all.
    await page.locator('.cm-lintRange.rl-check-pov').first().hover();
    await page.locator('.cm-tooltip-lint').getByRole('button', { name: 'Set POV character…' }).click();
    await expect(dialog.getByRole('radio', { name: 'Jon', exact: true }).isChecked()).resolves.toBe(true);
    await dialog.getByRole('radio', { name: /No single POV/ }).check();
    await dialog.getByRole('button', { name: 'Set' }).click();
    await expect.poll(() => underlined(page, 'pov')).toEqual([]);
    expect(JSON.parse(await readFile(`${file}.redline.json`, 'utf8'))).toMatchObject({ povCharacters: { '1.1': '' } });
  });
});

describe.skipIf(!hasChromium)('Scenes list and the status bar’s POV in Chromium via redline serve', () => {
  const app = useServedApp();

  it('lists every scene, sets any scene’s POV from the list, jumps there, and the status bar opens the chooser', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'redline-e2e-scenes-'));
    const file = join(dir, 'kitchen.txt');
    await writeFile(file, await readFile(new URL('../fixtures/fiction/close-third-head-hops.txt', import.meta.url), 'utf8'));
    const page = await openApp(app.browser(), (await app.serve(file)).url);
    await page.waitForFunction(() => document.querySelector('[data-testid=progress]')?.textContent?.startsWith('Checked'));
    const before = await underlined(page, 'pov');

    await page.getByRole('button', { name: 'Scenes' }).click();
    const scenes = page.getByRole('dialog', { name: 'Scenes' });
    await expect.poll(() => scenes.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-scene')))).toEqual(['1.1', '1.2']);
    await expect(scenes.locator('tr[data-scene="1.1"]').innerText()).resolves.toMatch(/Chapter One\s+Mara \(detected\)\s+third\s+past/);

    // Set the second scene's POV from the list: the chooser opens above it, and the row and the flags follow.
    await scenes.getByRole('button', { name: 'Set POV of scene 1.2' }).click();
    const chooser = page.getByRole('dialog', { name: 'Set POV character' });
    await expect(chooser.innerText()).resolves.toContain('scene 2');
    await chooser.getByRole('radio', { name: 'Jon', exact: true }).check();
    await chooser.getByRole('button', { name: 'Set' }).click();
    await expect.poll(() => scenes.locator('tr[data-scene="1.2"]').innerText()).toMatch(/Jon \(set\)/);
    expect(JSON.parse(await readFile(`${file}.redline.json`, 'utf8'))).toMatchObject({ povCharacters: { '1.2': 'Jon' } });
    await expect.poll(() => underlined(page, 'pov')).not.toEqual(before);

    // Go: the cursor moves to the scene, and the status bar shows its POV.
    await scenes.getByRole('button', { name: 'Go to scene 1.2' }).click();
    await expect.poll(() => scenes.count()).toBe(0);
    await expect.poll(() => page.getByTestId('pov').innerText()).toBe('POV: Jon (set)');
    await page.screenshot({ path: join(dir, 'scenes.png') });

    // The status bar's POV is a button: it opens the chooser for the scene at the cursor.
    await page.getByTestId('pov').click();
    await expect(chooser.getByRole('radio', { name: 'Jon', exact: true }).isChecked()).resolves.toBe(true);
    await chooser.getByRole('radio', { name: /Detect automatically/ }).check();
    await chooser.getByRole('button', { name: 'Set' }).click();
    await expect.poll(() => page.getByTestId('pov').innerText()).not.toContain('(set)');
  });
});
