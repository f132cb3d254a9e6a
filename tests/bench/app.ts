// The app's speed as a writer feels it, in headless Chromium through `redline serve` (run `npm run build` first).
// Usage: npm run bench:app [-- NOVEL [RUNS]]   (NOVEL from ../shared/corpus, default pride-and-prejudice; RUNS default 1)
//
// Three slips are planted in the opening screen (a repeated word, a confusable, a misspelling), so there is
// something to underline in view. Prints, from the moment the page starts to load: the text in the editor, the word count in the status bar,
// the first underline, the whole novel checked; the longest main-thread task (PerformanceObserver 'longtask')
// while the novel loads and while 200 keystrokes are typed; a keystroke's latency to the next frame (the text
// and the underlines around it redrawn) p50/p95; and a typed misspelling's latency to its underline p50/p95.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';

const NOVEL = process.argv[2] ?? 'pride-and-prejudice';
const RUNS = Number(process.argv[3] ?? 1);
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const repo = new URL('../../', import.meta.url);
const TYPED = ' and then she wrote a long letter to her sister about the ball, the music and the dancing, which she had liked very much indeed; but Kitty said that the officers were far more agreeable than any of the gentlemen in the whole of the county and';
/** Slips planted in the novel's first screen (P&P's opening), one a check: shown early or held for the whole check. */
const PLANTED: ReadonlyArray<readonly [string, string]> = [
  ['This was invitation enough.', 'This was was invitation enough.'],
  ['“I see no occasion for that.', '“I could of seen no occasion for that.'],
  ['“What is his name?”', '“What is his name?” She recieved no answer.'],
];
const TYPOS = ['recieve', 'wierd', 'beleive', 'seperate', 'definately', 'occurence', 'untill', 'accomodate', 'tommorow', 'goverment'];

/**
 * Runs in the page before its scripts: marks the first time each milestone is seen (ms since navigation start),
 * collects long tasks, and times keystrokes to the next frame and typed words to their underline.
 */
const INSTRUMENT = `(() => {
  const rl = { marks: {}, long: [], keys: [], underlined: {} };
  window.__rl = rl;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) rl.long.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
  const mark = (k) => { if (!(k in rl.marks)) rl.marks[k] = performance.now(); };
  const look = () => {
    if (document.querySelector('.cm-content .cm-line')?.textContent) mark('text');
    const words = document.querySelector('[data-testid=words]')?.textContent ?? '';
    if (/^[1-9]/.test(words)) mark('words');
    if (document.querySelector('.cm-lintRange')) mark('underline');
    if (document.querySelector('.rl-status-check')) mark('findings');
    if ((document.querySelector('[data-testid=progress]')?.textContent ?? '').startsWith('Checked')) mark('checked');
    for (const el of document.querySelectorAll('.cm-lintRange')) {
      const t = el.textContent;
      if (t && !(t in rl.underlined)) rl.underlined[t] = performance.now();
    }
  };
  new MutationObserver(look).observe(document, { subtree: true, childList: true, characterData: true });
  window.addEventListener('keydown', (e) => {
    const start = e.timeStamp;
    const key = e.key;
    // The frame after the keystroke: the next animation frame, then the task after it (paint has happened).
    requestAnimationFrame(() => setTimeout(() => rl.keys.push([key, start, performance.now() - start]), 0));
  }, true);
})();`;

interface Marks {
  text?: number;
  words?: number;
  findings?: number;
  underline?: number;
  checked?: number;
}
interface Recorded {
  marks: Marks;
  long: Array<[number, number]>;
  keys: Array<[string, number, number]>;
  underlined: Record<string, number>;
}

const percentile = (xs: readonly number[], q: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN;
const f = (ms: number | undefined): string => (ms === undefined || Number.isNaN(ms) ? '—' : `${Math.round(ms)} ms`);
const recorded = (page: Page): Promise<Recorded> => page.evaluate('window.__rl') as Promise<Recorded>;
const longest = (tasks: ReadonlyArray<[number, number]>, from: number, to: number): { max: number; count: number } => {
  const inside = tasks.filter(([start]) => start >= from && start <= to);
  return { max: Math.max(0, ...inside.map(([, d]) => d)), count: inside.length };
};

async function serve(file: string, dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [new URL('bin/redline.js', repo).pathname, 'serve', file, '--port', '0'], {
    env: { ...process.env, REDLINE_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /Redline is running at (\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.stderr!.on('data', (b: Buffer) => (out += b.toString()));
    child.on('exit', (code) => reject(new Error(`redline serve exited ${code}: ${out}`)));
  });
  return { url, child };
}

async function run(): Promise<Record<string, string>> {
  const dir = await mkdtemp(join(tmpdir(), 'redline-bench-app-'));
  const file = join(dir, `${NOVEL}.txt`);
  let text = await readFile(new URL(`../../../shared/corpus/${NOVEL}.txt`, import.meta.url), 'utf8');
  for (const [from, to] of PLANTED) text = text.replace(from, to);
  await writeFile(file, text);
  const { url, child } = await serve(file, join(dir, 'data'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 760 } });
    await page.addInitScript(INSTRUMENT);
    await page.goto(url);
    await page.waitForFunction(() => 'checked' in (globalThis as unknown as { __rl: Recorded }).__rl.marks, undefined, { timeout: 120_000, polling: 100 });
    await page.waitForTimeout(1000);
    const load = await recorded(page);
    const loadTasks = longest(load.long, 0, (load.marks.checked ?? 0) + 1000);

    // 200 keystrokes at the end of a paragraph in view, at a fast typist's pace.
    await page.locator('.cm-line').nth(12).click();
    await page.keyboard.press('End');
    const typingFrom = (await page.evaluate('performance.now()')) as number;
    const before = (await recorded(page)).keys.length;
    await page.keyboard.type(TYPED.slice(0, 200), { delay: 35 });
    await page.waitForTimeout(1500);
    const typed = await recorded(page);
    const keys = typed.keys.slice(before).map(([, , ms]) => ms);
    const typingTasks = longest(typed.long, typingFrom, typed.keys.at(-1)?.[1] ?? typingFrom);

    // Misspellings typed one by one: the last letter's keydown to the underline under the word.
    const toUnderline: number[] = [];
    for (const typo of TYPOS) {
      await page.keyboard.type(` ${typo}`, { delay: 35 });
      const handle = await page
        .waitForFunction((w) => w in (globalThis as unknown as { __rl: Recorded }).__rl.underlined, typo, { timeout: 5000, polling: 'raf' })
        .catch(() => undefined);
      const r = await recorded(page);
      const lastKey = r.keys.filter(([k]) => k === typo.at(-1)).at(-1);
      if (handle && lastKey && r.underlined[typo] !== undefined) toUnderline.push(r.underlined[typo] - lastKey[1]);
      await page.keyboard.type(' ', { delay: 35 });
      await page.waitForTimeout(300);
    }
    await page.screenshot({ path: join(dir, 'after.png') });
    const m = load.marks;
    if (process.env['VERBOSE']) console.log('long tasks while loading (start, ms):', load.long.map(([s, d]) => `${Math.round(s)}+${Math.round(d)}`).join(' '));
    return {
      'editor shows text': f(m.text),
      'word count shown': f(m.words),
      'first findings counted (status bar)': f(m.findings),
      'first underline in view': f(m.underline),
      'whole novel checked': f(m.checked),
      'longest task while loading': `${f(loadTasks.max)} (${loadTasks.count} over 50 ms)`,
      'longest task while typing': `${f(typingTasks.max)} (${typingTasks.count} over 50 ms)`,
      'keystroke → next frame p50 / p95': `${f(percentile(keys, 0.5))} / ${f(percentile(keys, 0.95))} (${keys.length} keys)`,
      'typed misspelling → underline p50 / p95': `${f(percentile(toUnderline, 0.5))} / ${f(percentile(toUnderline, 0.95))} (${toUnderline.length} of ${TYPOS.length})`,
      screenshot: join(dir, 'after.png'),
    };
  } finally {
    await browser.close();
    child.kill();
  }
}

console.log(`Redline in Chromium via redline serve: ${NOVEL}; ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, load ${loadavg()[0]!.toFixed(1)}; ms since the page started loading`);
for (let i = 0; i < RUNS; i++) {
  const r = await run();
  console.log(`\nrun ${i + 1}`);
  for (const [k, v] of Object.entries(r)) console.log(`  ${k.padEnd(42)} ${v}`);
}
