// A long manuscript opens progressively: the word count at once, the findings in view before the whole book is
// checked (only those the whole check cannot drop), progress in the status bar, then everything.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasCorpus, novel } from '../support/corpus.js';
import { hasChromium, underlined, useServedApp } from './support.js';

/**
 * Runs in the page before its scripts: what the status bar and the editor showed, in order. Each entry is the
 * first time something was seen, with the progress text at that moment.
 */
const WATCH = `(() => {
  const seen = window.__seen = [];
  const first = new Set();
  const note = (what) => {
    if (first.has(what)) return;
    first.add(what);
    seen.push({ what, progress: document.querySelector('[data-testid=progress]')?.textContent ?? '' });
  };
  new MutationObserver(() => {
    const words = document.querySelector('[data-testid=words]')?.textContent ?? '';
    if (/^[1-9]/.test(words)) note('words');
    const progress = document.querySelector('[data-testid=progress]')?.textContent ?? '';
    if (/^Checking… [\\d,]+ of [\\d,]+ paragraphs$/.test(progress)) note('progress');
    if (progress.startsWith('Checked')) note('checked');
    for (const el of document.querySelectorAll('.cm-lintRange')) note(el.className.match(/rl-check-[\\w-]+/)?.[0] ?? 'underline');
  }).observe(document, { subtree: true, childList: true, characterData: true });
})();`;

interface Seen {
  readonly what: string;
  readonly progress: string;
}

describe.skipIf(!hasChromium || !hasCorpus)('a long manuscript in Chromium via redline serve', () => {
  const app = useServedApp();

  it('shows the word count at once, the safe findings in view before the whole check, and progress', async () => {
    // The first ninth of Pride and Prejudice (about 14,000 words, a dozen slices), with a repeated word and a
    // misspelling planted in its opening screen. The misspelling's verdict depends on the whole book (its
    // dialect, its names), so it must wait for the whole check; the repeated word cannot.
    const opening = novel('pride-and-prejudice').slice(0, 80_000).replace('Mr. Bennet made no answer.', 'Mr. Bennet made no answer. She recieved no reply.').replace('This was invitation enough.', 'This was was invitation enough.');
    const dir = await mkdtemp(join(tmpdir(), 'redline-e2e-long-'));
    const file = join(dir, 'pride.txt');
    await writeFile(file, opening);
    const { url } = await app.serve(file);
    const page = await app.browser().newPage({ viewport: { width: 1200, height: 760 } });
    await page.addInitScript(WATCH);
    await page.goto(url);
    // While the rest is read: the repeated word in view underlined, the status counting paragraphs.
    const early = page.locator('.cm-lintRange.rl-check-repeated-words').first();
    await early.waitFor({ timeout: 40_000 });
    await early.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(dir, 'early.png') });
    await page.waitForFunction(() => document.querySelector('[data-testid=progress]')?.textContent?.startsWith('Checked'), undefined, { timeout: 50_000 });
    const seen = (await page.evaluate('window.__seen')) as Seen[];
    const order = seen.map((s) => s.what);
    const at = (what: string): Seen => seen.find((s) => s.what === what) ?? { what, progress: '(never seen)' };
    console.log(`seen: ${seen.map((s) => `${s.what} (${s.progress})`).join(' → ')}`);

    // The word count came before any check had finished.
    expect(order.indexOf('words')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('words')).toBeLessThan(order.indexOf('checked'));
    expect(at('words').progress).not.toMatch(/^Checked/);
    // The repeated word in view was underlined while the book was still being checked, before the misspelling
    // beside it.
    expect(at('rl-check-repeated-words').progress).toMatch(/^Checking…/);
    expect(order.indexOf('rl-check-repeated-words')).toBeLessThan(order.indexOf('rl-check-spelling'));
    // The status bar counted paragraphs as it went.
    expect(order).toContain('progress');
    // The misspelling waited until every paragraph had been read (its verdict needs the whole book).
    const partial = /^Checking… ([\d,]+) of ([\d,]+) paragraphs$/.exec(at('rl-check-spelling').progress);
    expect(at('rl-check-spelling').progress === 'Checking…' || (partial !== null && partial[1] !== partial[2])).toBe(false);
    expect(await underlined(page, 'repeated-words')).toContain('was was');
    expect(await underlined(page, 'spelling')).toContain('recieved');
    await expect(page.getByTestId('words').innerText()).resolves.toMatch(/^1[34],\d{3} words$/);
    await page.screenshot({ path: join(dir, 'checked.png') });
    console.log(`screenshots: ${join(dir, 'early.png')}, ${join(dir, 'checked.png')}`);
  });
});
