/**
 * The book map: every scene of a manuscript (one file or many chapter files) with its viewpoint, person, tense
 * and findings, and the cast across the book: whose scenes are told from their point of view, and where each
 * character is present. Pure: the data from check results, then HTML (an inline SVG map, self-contained, prints
 * cleanly), Markdown or JSON. `redline report` writes it.
 */
import { CHECK_IDS, CHECK_NAMES, type CheckId, type Diagnostic } from '../contract/diagnostic.js';
import type { SceneSummary } from '../contract/summaries.js';
import { countWords } from '../formats/words.js';

/** One checked manuscript file. Offsets in `scenes` and `diagnostics` are UTF-16 code units into `text`. */
export interface ReportFile {
  readonly name: string;
  readonly text: string;
  readonly scenes: readonly SceneSummary[];
  readonly diagnostics: readonly Diagnostic[];
  /** Names the manuscript uses for its characters (the spelling check's cast). */
  readonly cast: readonly string[];
}

/** One scene on the map. */
export interface MapScene {
  readonly key: string;
  /** Every word of the scene, counted as the status bar counts them (dialogue included). */
  readonly words: number;
  /** Words of narration (outside dialogue, marked thought and letters): what the viewpoint is read from. */
  readonly narrationWords: number;
  readonly pov?: string;
  readonly povSet: boolean;
  readonly person: SceneSummary['person'];
  readonly tense: SceneSummary['tense'];
  readonly omniscient: boolean;
  /** Findings in the scene by check. */
  readonly findings: Readonly<Partial<Record<CheckId, number>>>;
  /** The scene's first line, shortened. */
  readonly firstLine: string;
  /** Characters named in the scene (see {@link MapCharacter}). */
  readonly present: readonly string[];
  /** Characters whose thoughts the narration reports, most first (the `pov` check's `heads`): three is a head-hop risk. */
  readonly heads: readonly string[];
}

/** One chapter (a file's chapter): its scenes in order. */
export interface MapChapter {
  readonly file: string;
  readonly title: string;
  /**
   * The part, volume or book the chapter is in ("VOLUME II"), carried from its heading to every later chapter
   * until the next one: novels restart their chapter numbers in each volume, so "CHAPTER I" alone is ambiguous.
   */
  readonly part?: string;
  readonly scenes: readonly MapScene[];
}

/**
 * A character across the book: a name the spelling check learned (its cast), a viewpoint character or a head
 * the `pov` check found. "Mr. Darcy" is named in a scene wherever "Darcy" is; a bare cast name that is the
 * surname of such a character ("Darcy") is counted under them, not twice.
 */
export interface MapCharacter {
  readonly name: string;
  /** Scenes told from their point of view. */
  readonly povScenes: number;
  /** Scenes whose narration reports their thoughts (viewpoint scenes included). */
  readonly headScenes: number;
  /** Scenes they are named in. */
  readonly presentScenes: number;
  /** Index (into all scenes, in book order) of the first and last scene they are named in. */
  readonly first: number;
  readonly last: number;
  /** The longest run of consecutive scenes they are absent from, between their first and last. */
  readonly longestAbsence: number;
}

/** Everything the report shows. */
export interface BookMap {
  readonly title: string;
  readonly date: string;
  readonly words: number;
  readonly chapters: readonly MapChapter[];
  readonly cast: readonly MapCharacter[];
  readonly totals: Readonly<Partial<Record<CheckId, number>>>;
}

/** Titles that are not part of what a character is called in the text ("Mr. Darcy" is named by "Darcy"). */
const TITLES = new Set(['Mr', 'Mrs', 'Miss', 'Ms', 'Mx', 'Dr', 'Lady', 'Lord', 'Sir', 'Madam', 'Madame', 'Mme', 'Mlle', 'Monsieur', 'Aunt', 'Uncle', 'Captain', 'Colonel', 'Professor', 'Father', 'Mother', 'Sister', 'Brother', 'Master', 'Mistress', 'Old', 'Young', 'Little', 'Saint', 'St']);

/** The words that name a character in the text: "Mr. Darcy" → ["Darcy"]; "Colonel Fitzwilliam" → ["Fitzwilliam"]. */
export function nameWords(name: string): readonly string[] {
  const words = name.split(/[\s.]+/).filter(Boolean);
  const core = words.filter((w) => !TITLES.has(w));
  return core.length ? core : words;
}

// Capitalised words (with inner apostrophes and hyphens): one pass over a scene finds every name in it. Latin
// letters only: `\p{Lu}` made the pass four times slower on Pride and Prejudice (60 ms against 14).
const CAPITALISED = /[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'’-]*/g;

/** The map's data from checked files, in order (chapter files in the order given). */
export function bookMap(title: string, files: readonly ReportFile[], date: string): BookMap {
  const chapters: MapChapter[] = [];
  const allScenes: MapScene[] = [];
  const totals: Partial<Record<CheckId, number>> = {};
  // Viewpoint characters and heads first (their full names), then the spelling cast less the surnames they cover.
  const minds = [...new Set(files.flatMap((f) => f.scenes.flatMap((s) => [...(s.pov && s.pov !== 'I' ? [s.pov] : []), ...(s.heads ?? [])])))];
  const covered = new Set(minds.flatMap((m) => (nameWords(m).length === 1 ? nameWords(m) : [])));
  // Places the checks took for names or minds ("at Randalls", "in London") leave the cast; a viewpoint stays.
  const povs = new Set(files.flatMap((f) => f.scenes.flatMap((s) => (s.pov ? [s.pov] : []))));
  const places = placeNames(files, new Set([...minds, ...files.flatMap((f) => f.cast)].filter((n) => !povs.has(n))));
  const castNames = [...new Set([...minds.filter((n) => !places.has(n)), ...files.flatMap((f) => f.cast).filter((n) => (!covered.has(n) || minds.includes(n)) && !places.has(n))])];
  const words = new Map(castNames.map((n) => [n, nameWords(n)]));
  for (const file of files) {
    let current: { raw: string; scenes: MapScene[] } | undefined;
    let part: string | undefined;
    const diagnostics = [...file.diagnostics].sort((a, b) => a.from - b.from);
    let d = 0;
    for (const scene of file.scenes) {
      const title = scene.chapter || (file.scenes.length && files.length > 1 ? file.name : '(before the first chapter)');
      if (!current || current.raw !== title) {
        current = { raw: title, scenes: [] };
        // A part heading counts where prose follows it, not in a table of contents ("CONTENTS / PART 1") or a
        // list of chapter titles under one ("PART 2" above "ONE  PLAYING PILGRIMS", "TWO  A MERRY CHRISTMAS"…).
        const end = file.scenes.find((s) => s.from >= scene.from && (s.chapter || '') !== scene.chapter)?.from ?? file.text.length;
        const list = looksLikeList(file.text.slice(scene.from, end));
        const shown = withoutContents(title, list);
        if (!list) part = partOf(shown) ?? part;
        chapters.push({ file: file.name, title: shown, ...(part ? { part } : {}), scenes: current.scenes });
      }
      const findings: Partial<Record<CheckId, number>> = {};
      while (d < diagnostics.length && diagnostics[d]!.from < scene.from) d++;
      for (let i = d; i < diagnostics.length && diagnostics[i]!.from < scene.to; i++) {
        const check = diagnostics[i]!.check;
        findings[check] = (findings[check] ?? 0) + 1;
        totals[check] = (totals[check] ?? 0) + 1;
      }
      const body = file.text.slice(scene.from, scene.to);
      const line = body.trim().split('\n')[0] ?? '';
      const named = new Set(body.match(CAPITALISED));
      const mapScene: MapScene = {
        key: scene.key,
        words: countWords(body),
        narrationWords: scene.words,
        ...(scene.pov ? { pov: scene.pov } : {}),
        povSet: scene.povSet,
        person: scene.person,
        tense: scene.tense,
        omniscient: scene.omniscient,
        findings,
        firstLine: line.length > 90 ? `${line.slice(0, 89)}…` : line,
        present: castNames.filter((n) => words.get(n)!.every((w) => named.has(w))),
        heads: (scene.heads ?? []).filter((h) => !places.has(h)),
      };
      current.scenes.push(mapScene);
      allScenes.push(mapScene);
    }
  }
  const cast: MapCharacter[] = castNames
    .map((name) => {
      const at = allScenes.flatMap((s, i) => (s.present.includes(name) ? [i] : []));
      let longestAbsence = 0;
      for (let i = 1; i < at.length; i++) longestAbsence = Math.max(longestAbsence, at[i]! - at[i - 1]! - 1);
      return {
        name,
        povScenes: allScenes.filter((s) => s.pov === name).length,
        headScenes: allScenes.filter((s) => s.pov === name || s.heads.includes(name)).length,
        presentScenes: at.length,
        first: at[0] ?? -1,
        last: at[at.length - 1] ?? -1,
        longestAbsence,
      };
    })
    .filter((c) => c.presentScenes > 0 || c.povScenes > 0)
    .sort((a, b) => b.povScenes - a.povScenes || b.headScenes - a.headScenes || b.presentScenes - a.presentScenes || a.name.localeCompare(b.name));
  return { title, date, words: allScenes.reduce((n, s) => n + s.words, 0), chapters, cast, totals };
}

/** A part heading among a chapter's heading lines ("VOLUME II / CHAPTER I" → "VOLUME II"), if any. */
export function partOf(title: string): string | undefined {
  return title.split(' / ').find((line) => PART.test(line.trim()))?.trim();
}

/** The chapter's title with its part when the heading does not say it ("VOLUME II / CHAPTER III"). */
export function fullTitle(chapter: MapChapter): string {
  return chapter.part && !chapter.title.includes(chapter.part) ? `${chapter.part} / ${chapter.title}` : chapter.title;
}

const PART = /^(?:volume|vol\.|book|part)\b/i;

/**
 * A heading run that holds a table of contents ("CONTENTS / LEAVE IT TO JEEVES / … / LEAVE IT TO JEEVES") is
 * labelled by its last line, the heading of the prose that follows; one followed by a list, not prose, is the
 * contents ("CONTENTS / PART 1" above "ONE  PLAYING PILGRIMS"…), labelled so.
 */
function withoutContents(title: string, list: boolean): string {
  const lines = title.split(' / ');
  const at = lines.findIndex((l) => /^(?:table of )?contents\.?$/i.test(l.trim()));
  if (at < 0) return title;
  return list || at === lines.length - 1 ? 'CONTENTS' : lines[lines.length - 1]!;
}

/** True for a list of short lines without sentence ends (a table of contents), not prose. */
function looksLikeList(text: string): boolean {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0) return true;
  if (lines.length < 3) return false;
  const listy = lines.filter((l) => l.length < 70 && !/[.!?:;"”’)]$/.test(l)).length;
  return listy / lines.length >= 0.7;
}

const LOCATIVE = /\b(?:in|at|from|into|near|towards?|through|around|round|beyond|across|reached|visited|left)\s+(?:the\s+)?$/;
const TITLED = /\b(?:Mr|Mrs|Miss|Ms|Mx|Dr|Lady|Lord|Sir|Madam|Aunt|Uncle|Captain|Colonel|Professor)\.?\s+$/;

/**
 * Names of places among the cast the spelling check learned ("London", "Randalls", "Avonlea"): most often after
 * "in", "at", "from", "into"…, never with a title or as a speaker. A character is seldom named after "at" or
 * "in" ("looked at Emma" is one use in many); a place is, often.
 */
function placeNames(files: readonly ReportFile[], candidates: ReadonlySet<string>): Set<string> {
  const counts = new Map<string, { all: number; locative: number; personal: number }>();
  for (const file of files) {
    const text = file.text;
    for (const m of text.matchAll(CAPITALISED)) {
      if (!candidates.has(m[0])) continue;
      const at = m.index;
      const c = counts.get(m[0]) ?? { all: 0, locative: 0, personal: 0 };
      counts.set(m[0], c);
      c.all++;
      const before = text.slice(Math.max(0, at - 24), at);
      if (LOCATIVE.test(before)) c.locative++;
      if (TITLED.test(before) || /^\s*,?\s*(?:said|cried|replied|asked)\b/.test(text.slice(at + m[0].length, at + m[0].length + 12)) || /\b(?:said|cried|replied|asked)\s+$/.test(before)) c.personal++;
    }
  }
  return new Set([...counts].filter(([, c]) => c.all >= 3 && c.personal === 0 && c.locative / c.all >= 0.3).map(([name]) => name));
}

/** A character's part in a scene: its viewpoint, a head whose thoughts it reports, named in it, or absent. */
export type SceneRole = 'pov' | 'head' | 'named' | undefined;

/** What `name` is in `scene` (see {@link SceneRole}). */
export function sceneRole(scene: MapScene, name: string): SceneRole {
  return scene.pov === name ? 'pov' : scene.heads.includes(name) ? 'head' : scene.present.includes(name) ? 'named' : undefined;
}

/** Twelve colours far enough apart to tell viewpoints apart, light and printable (viewpoints past twelve reuse them). */
export const POV_PALETTE: readonly string[] = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#b07aa1', '#76b7b2', '#edc948', '#9c755f', '#ff9da7', '#86bc86', '#d37295', '#a0cbe8'];

/** A stable colour per viewpoint character: the most frequent viewpoints get the first colours. */
export function povColours(map: BookMap): ReadonlyMap<string, string> {
  const counts = new Map<string, number>();
  for (const c of map.chapters) for (const s of c.scenes) if (s.pov && s.pov !== 'I') counts.set(s.pov, (counts.get(s.pov) ?? 0) + s.words);
  const order = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
  return new Map(order.map((name, i) => [name, POV_PALETTE[i % POV_PALETTE.length]!]));
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const findingsText = (f: MapScene['findings']): string =>
  CHECK_IDS.filter((id) => f[id])
    .map((id) => `${CHECK_NAMES[id]} ${f[id]}`)
    .join(', ') || 'no findings';
const povText = (s: MapScene): string =>
  s.pov === 'I' ? 'first-person narrator' : s.pov ? `${s.pov}${s.povSet ? ' (set)' : ''}` : s.omniscient ? 'omniscient' : 'not detected';

/** The map as an SVG: a row per chapter, a cell per scene, width by words, coloured by viewpoint. */
export function bookMapSvg(map: BookMap): string {
  const colours = povColours(map);
  const width = 900;
  const label = 220;
  const rowHeight = 26;
  const longest = Math.max(1, ...map.chapters.map((c) => c.scenes.reduce((n, s) => n + Math.max(s.words, 1), 0)));
  const scale = (width - label - 10) / longest;
  // A row of its own for each part ("VOLUME II") where the part changes, above its first chapter.
  let row = 0;
  let lastPart: string | undefined;
  const rows = map.chapters.map((chapter) => {
    let heading = '';
    if (chapter.part && chapter.part !== lastPart) {
      heading = `<text x="6" y="${row * rowHeight + 17}" class="part">${esc(chapter.part.length > 60 ? `${chapter.part.slice(0, 59)}…` : chapter.part)}</text>`;
      row++;
    }
    lastPart = chapter.part;
    let x = label;
    const y = row * rowHeight + 4;
    row++;
    const cells = chapter.scenes.map((s) => {
      const w = Math.max(3, Math.max(s.words, 1) * scale - 2);
      const fill = s.pov === 'I' ? '#c8c2b8' : s.pov ? colours.get(s.pov)! : s.omniscient ? '#ffffff' : '#ece8e1';
      const marks: string[] = [];
      if (s.omniscient) marks.push(`<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="18" fill="url(#omni)"/>`);
      if (s.person !== 'third' && s.person !== 'unknown') marks.push(`<text x="${(x + 3).toFixed(1)}" y="${y + 13}" class="mark">${s.person === 'first' ? '1st' : '2nd'}</text>`);
      if (s.tense === 'present') marks.push(`<text x="${(x + w - 3).toFixed(1)}" y="${y + 13}" class="mark end">pres.</text>`);
      const issues = (s.findings.pov ?? 0) + (s.findings.tense ?? 0);
      if (issues) marks.push(`<circle cx="${(x + w - 4).toFixed(1)}" cy="${y + 3}" r="4" class="badge"/>`);
      const title = `${s.key} · ${povText(s)} · ${s.person} person, ${s.tense} · ${s.words} words · ${findingsText(s.findings)}\n${s.firstLine}`;
      const cell = `<g><title>${esc(title)}</title><rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="18" rx="2" fill="${fill}" stroke="${s.povSet ? '#222' : 'none'}" stroke-width="${s.povSet ? 1.5 : 0}"/>${marks.join('')}</g>`;
      x += w + 2;
      return cell;
    });
    // The chapter's own heading ("CHAPTER XV. A Tempest…" of "VOLUME I / CHAPTER XV. …"), cut to fit the label column.
    const own = chapter.title.split(' / ').pop() ?? chapter.title;
    const name = own.length > 30 ? `${own.slice(0, 29)}…` : own;
    return `${heading}<text x="${label - 6}" y="${y + 13}" class="row">${esc(name)}</text>${cells.join('')}`;
  });
  const height = row * rowHeight + 8;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Scene map: one row per chapter, one cell per scene, coloured by viewpoint character">`,
    '<defs><pattern id="omni" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="#999" stroke-width="2"/></pattern></defs>',
    '<style>.row{font:12px sans-serif;fill:#444;text-anchor:end}.part{font:bold 12px sans-serif;fill:#222}.mark{font:9px sans-serif;fill:#fff;paint-order:stroke;stroke:#0006;stroke-width:2px}.end{text-anchor:end}.badge{fill:#d62728;stroke:#fff}</style>',
    ...rows,
    '</svg>',
  ].join('\n');
}

/** The report as one self-contained HTML page (inline SVG and styles; prints cleanly). */
export function bookReportHtml(map: BookMap): string {
  const colours = povColours(map);
  const legend = [...colours]
    .map(([name, colour]) => `<li><span class="sw" style="background:${colour}"></span>${esc(name)}</li>`)
    .concat([
      '<li><span class="sw" style="background:#c8c2b8"></span>first-person narrator</li>',
      '<li><span class="sw omni"></span>omniscient</li>',
      '<li><span class="sw" style="background:#ece8e1"></span>not detected</li>',
      '<li><span class="sw set"></span>set by you</li>',
      '<li><span class="dot"></span>POV or tense findings</li>',
    ])
    .join('');
  const cast = map.cast
    .map(
      (c) =>
        `<tr><td>${colours.has(c.name) ? `<span class="sw" style="background:${colours.get(c.name)}"></span>` : ''}${esc(c.name)}</td><td>${c.povScenes}</td><td>${c.headScenes}</td><td>${c.presentScenes}</td><td>${c.first >= 0 ? c.first + 1 : '–'}–${c.last >= 0 ? c.last + 1 : '–'}</td><td>${c.longestAbsence || '–'}</td></tr>`,
    )
    .join('\n');
  const perChapter = map.chapters
    .map((c) => {
      const f: Partial<Record<CheckId, number>> = {};
      for (const s of c.scenes) for (const id of CHECK_IDS) if (s.findings[id]) f[id] = (f[id] ?? 0) + s.findings[id]!;
      return `<tr><td>${esc(fullTitle(c))}</td>${CHECK_IDS.map((id) => `<td>${f[id] ?? ''}</td>`).join('')}</tr>`;
    })
    .join('\n');
  const scenes = map.chapters
    .flatMap((c) =>
      c.scenes.map(
        (s) =>
          `<tr><td>${s.key}</td><td>${esc(fullTitle(c))}</td><td>${esc(povText(s))}</td><td>${s.person}</td><td>${s.tense}</td><td>${s.words.toLocaleString('en-US')}</td><td>${esc(findingsText(s.findings))}</td><td class="first">${esc(s.firstLine)}</td></tr>`,
      ),
    )
    .join('\n');
  const sceneCount = map.chapters.reduce((n, c) => n + c.scenes.length, 0);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(map.title)} — book map</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;color:#222;max-width:960px;margin:24px auto;padding:0 16px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}
.meta{color:#666;margin:0 0 16px}table{border-collapse:collapse;width:100%;font-size:13px}
th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #eee;vertical-align:top}th{color:#555;font-weight:600}
td.first{color:#666;font-style:italic}.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:6px 16px;font-size:13px}
.sw{display:inline-block;width:14px;height:14px;border-radius:2px;vertical-align:-2px;margin-right:6px}
.sw.omni{background:repeating-linear-gradient(45deg,#fff,#fff 3px,#999 3px,#999 5px)}.sw.set{border:1.5px solid #222}
.dot{display:inline-block;width:9px;height:9px;border-radius:50%;background:#d62728;margin-right:6px}
svg{max-width:100%;height:auto}@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}}
</style></head><body>
<h1>${esc(map.title)}</h1>
<p class="meta">Book map by Redline · ${map.date} · ${map.words.toLocaleString('en-US')} words in ${map.chapters.length} chapters and ${sceneCount} scenes · viewpoint detected from whose perceptions, feelings and thoughts each scene reports, or set by you (<code>povCharacters</code> in the manuscript's settings)</p>
<h2>Scenes by viewpoint</h2>
<ul class="legend">${legend}</ul>
${bookMapSvg(map)}
<h2>The cast</h2>
<table><thead><tr><th>Character</th><th>Viewpoint scenes</th><th>Thoughts reported in</th><th>Scenes named in</th><th>First–last scene</th><th>Longest absence (scenes)</th></tr></thead><tbody>
${cast}
</tbody></table>
<h2>Findings per chapter</h2>
<table><thead><tr><th>Chapter</th>${CHECK_IDS.map((id) => `<th>${CHECK_NAMES[id]}</th>`).join('')}</tr></thead><tbody>
${perChapter}
</tbody></table>
<h2>Scenes</h2>
<table><thead><tr><th>Scene</th><th>Chapter</th><th>POV</th><th>Person</th><th>Tense</th><th>Words</th><th>Findings</th><th>First line</th></tr></thead><tbody>
${scenes}
</tbody></table>
</body></html>
`;
}

/** The report as Markdown: the cast, findings per chapter and the scenes (the map itself needs HTML). */
export function bookReportMarkdown(map: BookMap): string {
  const cell = (s: string): string => s.replace(/\|/g, '\\|');
  const lines = [
    `# ${map.title}: book map`,
    '',
    `Redline, ${map.date}. ${map.words.toLocaleString('en-US')} words in ${map.chapters.length} chapter${map.chapters.length === 1 ? '' : 's'}.`,
    '',
    '## The cast',
    '',
    '| character | viewpoint scenes | thoughts reported in | scenes named in | first–last scene | longest absence |',
    '|---|---:|---:|---:|---|---:|',
    ...map.cast.map((c) => `| ${cell(c.name)} | ${c.povScenes} | ${c.headScenes} | ${c.presentScenes} | ${c.first + 1}–${c.last + 1} | ${c.longestAbsence} |`),
    '',
    '## Scenes',
    '',
    '| scene | chapter | POV | person | tense | words | findings |',
    '|---|---|---|---|---|---:|---|',
    ...map.chapters.flatMap((c) => c.scenes.map((s) => `| ${s.key} | ${cell(fullTitle(c))} | ${cell(povText(s))} | ${s.person} | ${s.tense} | ${s.words} | ${findingsText(s.findings)} |`)),
    '',
  ];
  return lines.join('\n');
}
