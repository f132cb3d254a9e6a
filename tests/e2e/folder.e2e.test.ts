// Issue 13, item 8 and the whole session end to end: a folder of chapter files opened as one book with
// `redline serve DIR`, reviewed with F8 and the panel, accept-all per check, an ignore and an added word, a scene's
// POV, saved chapter by chapter, reopened, and exported whole as a tracked-changes .docx with every change since
// the review began, each accepted fix's comment naming its check.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { editorText, hasChromium, hoverTooltip, openApp, tooltipAction, underlined, useServedApp } from './support.js';

const SHOTS = process.env['REDLINE_SCREENSHOTS'];
// The three chapters of the fiction fixture, one file each, with slips of every kind a review meets.
const [ONE, TWO, THREE] = (await readFile(new URL('../fixtures/fiction/three-chapters.txt', import.meta.url), 'utf8')).split(/(?=^Chapter )/m) as [string, string, string];
const CHAPTER_1 = `${ONE.trimEnd()}\n\nShe recieved the parcel, zorbled the string and put the the knife away.\n`;
// CRLF: a chapter saves with its own line endings.
const CHAPTER_2 = `${TWO.trimEnd()}\n\nShe new the man at once, and she was quiet for a long time.\n`.replace(/\n/g, '\r\n');
const CHAPTER_10 = `${THREE.trimEnd()}\n\nShe put the the letter back.\n`;

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000 });
const action = tooltipAction;
const chapterNames = (page: Page) => page.locator('.rl-chapters .rl-chapter-name').allInnerTexts();
const currentChapter = (page: Page) => page.locator('.rl-chapters button[aria-current=true] .rl-chapter-name').innerText();
const bookSettings = async (dir: string) => JSON.parse(await readFile(join(dir, 'book.redline.json'), 'utf8')) as Record<string, unknown>;
const checked = (page: Page) => page.waitForFunction(() => document.querySelector('[data-testid=progress]')?.textContent?.startsWith('Checked'));
const cliCheck = async (file: string, dictionary: string): Promise<string> => {
  const bin = new URL('../../bin/redline.js', import.meta.url).pathname;
  try {
    return (await promisify(execFile)(process.execPath, [bin, 'check', file], { env: { ...process.env, REDLINE_DICTIONARY: dictionary } })).stdout;
  } catch (e) {
    return (e as { stdout: string; stderr: string }).stdout + (e as { stderr: string }).stderr; // exit 1: something found
  }
};

describe.skipIf(!hasChromium)('a folder of chapters as one book, via redline serve DIR in Chromium', () => {
  const app = useServedApp();

  it('runs a whole editing session: review, accept-all per check, ignore, add a word, set a POV, save, reopen, export the book', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'redline-e2e-book-'));
    await writeFile(join(dir, 'chapter-1.txt'), CHAPTER_1);
    await writeFile(join(dir, 'chapter-2.txt'), CHAPTER_2);
    await writeFile(join(dir, 'chapter-10.txt'), CHAPTER_10);
    const served = await app.serve(dir);
    const dictionary = join(served.dataDir, 'dictionary.txt');
    let page = await openApp(app.browser(), served.url);
    page.on('dialog', (d) => void d.accept());
    // Tall enough for the editor to draw the whole book (it draws only what is in view).
    await page.setViewportSize({ width: 1200, height: 3600 });

    // Chapters in natural order, one text, one check across the book: the slips of all three are underlined.
    expect(await chapterNames(page)).toEqual(['chapter-1.txt', 'chapter-2.txt', 'chapter-10.txt']);
    await expect(page.title()).resolves.toMatch(/^redline-e2e-book-\w+ — Redline$/);
    await poll(() => underlined(page, 'spelling')).toEqual(['recieved', 'zorbled', 'recognises']); // the last in chapter 2
    expect(await underlined(page, 'repeated-words')).toEqual(['the the', 'the the']);
    expect(await underlined(page, 'confusables')).toEqual(['new']);
    // Scenes are keyed per chapter file, as each file alone numbers them.
    const text = await editorText(page);
    expect(text).toContain('Chapter Two');
    expect(text.indexOf('Chapter Two')).toBeGreaterThan(text.indexOf('zorbled'));

    // F8 walks the book: from the start to the first slip, on into the second chapter.
    await page.locator('.cm-content').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+Home');
    const seen: string[] = [];
    for (let i = 0; i < 6 && !seen.includes('chapter-2.txt'); i++) {
      await page.keyboard.press('F8');
      await poll(() => page.getByTestId('at-cursor').innerText()).not.toBe('');
      seen.push(await currentChapter(page));
    }
    expect(seen[0]).toBe('chapter-1.txt');
    expect(seen).toContain('chapter-2.txt');

    // The review panel, per chapter and across the book.
    await page.getByRole('button', { name: /^Review/ }).click();
    const panel = page.getByRole('complementary', { name: 'Review panel' });
    await panel.waitFor();
    await page.getByRole('combobox', { name: 'Review scope' }).selectOption('chapter');
    await poll(() => panel.locator('.rl-group[data-check="confusables"]').count()).toBe(1); // the cursor is in chapter 2
    await page.getByRole('combobox', { name: 'Review scope' }).selectOption('book');
    // Accept all of one check: both repeated words, in two chapters, in one step.
    await panel.locator('.rl-group[data-check="repeated-words"] h3').getByRole('button', { name: 'Accept all…' }).click();
    await page.getByRole('dialog', { name: 'Accept all: Repeated words' }).getByRole('button', { name: 'Apply 2 changes' }).click();
    await poll(() => underlined(page, 'repeated-words')).toEqual([]);
    await panel.locator('.rl-group[data-check="confusables"] h3').getByRole('button', { name: 'Accept all…' }).click();
    await page.getByRole('dialog', { name: 'Accept all: Confusables' }).getByRole('button', { name: 'Apply 1 change' }).click();
    await poll(() => underlined(page, 'confusables')).toEqual([]);

    // Ignore a finding and add a word: both go to the book's settings, shared by every chapter (and the CLI).
    await action(await hoverTooltip(page, 'recieved'), /received/).click();
    await action(await hoverTooltip(page, 'zorbled'), 'Add to this manuscript').click();
    await action(await hoverTooltip(page, 'recognises'), 'Ignore').click();
    await poll(() => underlined(page, 'spelling')).toEqual([]);
    await poll(() => bookSettings(dir)).toMatchObject({ words: ['zorbled'] });
    await poll(async () => Object.values((await bookSettings(dir))['ignoredNotes'] as Record<string, { actual: string }>).map((n) => n.actual)).toEqual(['recognises']);

    // A scene's POV, from the Settings view: kept under its chapter file, keyed as that file numbers it.
    await page.getByRole('button', { name: 'Settings' }).click();
    const view = page.getByRole('dialog', { name: 'Manuscript settings' });
    await expect(view.innerText()).resolves.toContain('Shared by every chapter, in the folder’s book.redline.json');
    await expect(view.getByRole('region', { name: 'Point of view by scene' }).innerText()).resolves.toMatch(/1:1\.1[\s\S]*2:1\.1[\s\S]*3:1\.1/);
    await view.getByRole('button', { name: 'Set POV of scene 1:1.2' }).click();
    const chooser = page.getByRole('dialog', { name: 'Set POV character' });
    await chooser.getByRole('radio', { name: /No single POV/ }).check();
    await chooser.getByRole('button', { name: 'Set' }).click();
    await poll(() => bookSettings(dir)).toMatchObject({ chapters: { 'chapter-1.txt': { povCharacters: { '1.2': '' } } } });
    // The CLI reads the same book settings for a chapter file: the added word and the ignore hold there too.
    await writeFile(dictionary, '# mine\n');
    const cli = await cliCheck(join(dir, 'chapter-1.txt'), dictionary);
    expect(cli).not.toContain('zorbled');
    expect(cli).toContain('recieved'); // not saved yet
    // Scene 1.2's head-hop is gone with its POV set to none; scene 1.1's is still there.
    expect(cli.match(/pov-head-hop/g)).toHaveLength(1);

    // Save: each changed chapter to its own file, exactly (chapter 2 keeps CRLF); chapter 10's "the the" too.
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+s');
    await poll(() => page.title()).not.toMatch(/^●/);
    await poll(() => readFile(join(dir, 'chapter-1.txt'), 'utf8')).toBe(CHAPTER_1.replace('recieved', 'received').replace('the the knife', 'the knife'));
    expect(await readFile(join(dir, 'chapter-2.txt'), 'utf8')).toBe(CHAPTER_2.replace('She new', 'She knew'));
    expect(await readFile(join(dir, 'chapter-10.txt'), 'utf8')).toBe(CHAPTER_10.replace('the the letter', 'the letter'));
    if (SHOTS) {
      await page.setViewportSize({ width: 1200, height: 760 });
      await page.getByRole('button', { name: 'chapter-2.txt' }).click();
      await page.screenshot({ path: join(SHOTS, 'folder-book-light.png') });
    }

    // Reopen: a new server on the same data folder and a new page load. Text, words, ignores and POV hold.
    await page.close();
    await app.served().stop();
    await app.serve(dir, undefined, served.dataDir);
    page = await openApp(app.browser(), app.served().url, 'light', false);
    page.on('dialog', (d) => void d.accept());
    await page.setViewportSize({ width: 1200, height: 3600 });
    await checked(page);
    expect(await chapterNames(page)).toEqual(['chapter-1.txt', 'chapter-2.txt', 'chapter-10.txt']);
    await poll(() => underlined(page, 'pov')).not.toEqual([]);
    expect(await underlined(page, 'spelling')).toEqual([]);
    expect(await underlined(page, 'confusables')).toEqual([]);
    // CodeMirror draws the lines in view first; the rest follow its first measure (slower on a loaded machine).
    await poll(() => editorText(page)).toContain('She knew the man');

    // Export the whole book as tracked changes: every change since the review began, each fix's comment naming
    // its check and rule although they were accepted before the restart.
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await expect(dialog.innerText()).resolves.toContain('The whole book with the 4 changes made since the review began');
    await dialog.getByRole('textbox', { name: 'File name' }).fill('book-review');
    await dialog.getByRole('button', { name: 'Export' }).click();
    await poll(() => page.locator('.rl-banner').innerText()).toContain('Exported book-review.docx with 4 changes as tracked changes');
    const zip = unzipSync(new Uint8Array(await readFile(join(dir, 'book-review.docx'))));
    const xml = strFromU8(zip['word/document.xml']!);
    expect(xml).toMatch(/<w:delText[^>]*>recieved<\/w:delText>/);
    expect(xml).toMatch(/<w:delText[^>]*>new<\/w:delText>/);
    expect(xml).toMatch(/<w:ins\b[\s\S]*?<w:t[^>]*>knew<\/w:t>/);
    expect(xml.match(/<w:delText[^>]*>(?:the |\sthe)<\/w:delText>/g)).toHaveLength(2);
    // The whole book: the first chapter's heading and the last chapter's text are both in it.
    expect(xml).toContain('Chapter One');
    expect(xml).toContain('She put the');
    const comments = strFromU8(zip['word/comments.xml']!);
    expect(comments).toContain('confusables · confusable-new-knew');
    expect(comments).toContain('spelling · spelling-unknown-word');
    expect(comments.match(/repeated-words · repeated-word/g)).toHaveLength(2);

    // One chapter alone: its own changes only.
    await page.getByRole('button', { name: 'Export…' }).click();
    await dialog.getByRole('combobox', { name: 'What to export' }).selectOption({ label: 'chapter-2.txt (1 change)' });
    await expect(dialog.getByRole('textbox', { name: 'File name' }).inputValue()).resolves.toBe('chapter-2.edited');
    await dialog.getByRole('button', { name: 'Export' }).click();
    await poll(() => page.locator('.rl-banner').innerText()).toContain('Exported chapter-2.edited.docx with 1 change');
    const one = strFromU8(unzipSync(new Uint8Array(await readFile(join(dir, 'chapter-2.edited.docx'))))['word/document.xml']!);
    expect(one).toContain('Chapter Two');
    expect(one).not.toContain('Chapter One');
    expect(one).toMatch(/<w:delText[^>]*>new<\/w:delText>/);

    // A save writes only the chapters that changed: typing in chapter 10 leaves chapters 1 and 2 untouched.
    const untouched = await Promise.all(['chapter-1.txt', 'chapter-2.txt'].map(async (n) => (await stat(join(dir, n))).mtimeMs));
    // The end of the book is chapter 10's final newline: one step back is the end of its last sentence.
    await page.locator('.cm-content').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type(' Then she slept.');
    await page.keyboard.press('Control+s');
    await poll(() => page.locator('.rl-banner').innerText()).toContain('Saved chapter-10.txt.');
    expect(await readFile(join(dir, 'chapter-10.txt'), 'utf8')).toBe(CHAPTER_10.replace('the the letter back.', 'the letter back. Then she slept.'));
    expect(await Promise.all(['chapter-1.txt', 'chapter-2.txt'].map(async (n) => (await stat(join(dir, n))).mtimeMs))).toEqual(untouched);
  }, 300_000);

  it('keeps what was set on a chapter alone, restores an autosaved chapter into the book, and says when the folder gains a chapter', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'redline-e2e-book2-'));
    await writeFile(join(dir, 'chapter-1.txt'), CHAPTER_1);
    await writeFile(join(dir, 'chapter-2.txt'), CHAPTER_10);
    // Set when chapter 1 was reviewed alone: an invented word and a rule switched off.
    await writeFile(join(dir, 'chapter-1.txt.redline.json'), JSON.stringify({ words: ['zorbled'], ignoredRules: ['repeated-word'] }));
    await writeFile(join(dir, 'chapter-2.txt.redline.json'), JSON.stringify({ words: ['Ilsa'] }));
    const served = await app.serve(dir);
    // The earlier session crashed with chapter 2 unsaved.
    await mkdir(join(served.dataDir, 'recovery'), { recursive: true, mode: 0o700 });
    const recovered = CHAPTER_10.replace('She put the the letter back.', 'She put the letter back, unsaved.');
    await writeFile(
      join(served.dataDir, 'recovery', 'earlier.json'),
      JSON.stringify({ id: 'earlier', name: 'chapter-2.txt', path: join(dir, 'chapter-2.txt'), text: recovered, savedAt: new Date().toISOString() }),
      { mode: 0o600 },
    );
    const page = await openApp(app.browser(), served.url);
    page.on('dialog', (d) => void d.accept());
    await page.setViewportSize({ width: 1200, height: 3000 });
    expect(await chapterNames(page)).toEqual(['chapter-1.txt', 'chapter-2.txt']);
    // Each chapter's own words and ignored rule hold in the whole book: none is flagged anywhere.
    await poll(() => underlined(page, 'spelling')).toEqual(['recieved']);
    expect(await underlined(page, 'repeated-words')).toEqual([]);

    // The autosave is offered as a chapter of this book and goes back in its place, unsaved.
    const offer = page.locator('.rl-banner', { hasText: 'Unsaved work from an earlier session' });
    await expect(offer.innerText()).resolves.toContain('chapter-2.txt (a chapter of this book)');
    await offer.getByRole('button', { name: 'Restore into the book' }).click();
    await poll(() => editorText(page)).toContain('She put the letter back, unsaved.');
    expect(await chapterNames(page)).toEqual(['chapter-1.txt', 'chapter-2.txt']);
    await poll(() => editorText(page)).toContain('zorbled the string');
    await poll(() => page.title()).toMatch(/^● /);
    await page.keyboard.press('Control+s');
    await poll(() => readFile(join(dir, 'chapter-2.txt'), 'utf8')).toBe(recovered);
    expect(await readFile(join(dir, 'chapter-1.txt'), 'utf8')).toBe(CHAPTER_1);
    expect(JSON.parse(await readFile(join(dir, 'chapter-1.txt.redline.json'), 'utf8'))).toEqual({ words: ['zorbled'], ignoredRules: ['repeated-word'] });

    // A chapter file added while the book is open: said, and taken in on Reload the book.
    await writeFile(join(dir, 'chapter-3.txt'), 'Chapter Three\n\nA new chapter.\n');
    const folder = page.locator('.rl-banner', { hasText: 'The folder changed' });
    await poll(() => folder.count()).toBe(1);
    expect(await folder.innerText()).toContain('The folder changed: chapter-3.txt was added. Reload the book to include it.');
    await folder.getByRole('button', { name: 'Reload the book' }).click();
    await poll(() => chapterNames(page)).toEqual(['chapter-1.txt', 'chapter-2.txt', 'chapter-3.txt']);
    await poll(() => editorText(page)).toContain('A new chapter.');
  });
});
