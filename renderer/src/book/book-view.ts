/**
 * What the Book panel draws, as pure functions over a {@link BookMap}: the colour and marks of a scene's cell,
 * the words of its hover card and its accessible name, the cast strip's segments, and structural sharing
 * between successive maps so unchanged chapters keep their objects (and React skips them).
 */
import { CHECK_IDS, CHECK_NAMES } from '../../../src/contract/diagnostic.js';
import type { Diagnostic } from '../../../src/contract/diagnostic.js';
import type { SceneSummary } from '../../../src/contract/summaries.js';
import { POV_PALETTE, sceneRole, type BookMap, type ReportFile, type MapChapter, type MapScene, type SceneRole } from '../../../src/export/book-report.js';

/** Fills for scenes without a viewpoint character (the report uses the same). */
export const NARRATOR_FILL = '#c8c2b8';
export const UNDETECTED_FILL = '#ece8e1';

/** A scene's cell colour: its viewpoint character's, the first-person narrator's, or none detected. */
export function sceneFill(scene: MapScene, colours: ReadonlyMap<string, string>): string {
  if (scene.pov === 'I') return NARRATOR_FILL;
  if (scene.pov) return colours.get(scene.pov) ?? UNDETECTED_FILL;
  return UNDETECTED_FILL;
}

/** Total findings of a scene, and whether any is about viewpoint or tense (the badge turns red). */
export function findingsCount(scene: MapScene): { total: number; slips: boolean } {
  const total = CHECK_IDS.reduce((n, id) => n + (scene.findings[id] ?? 0), 0);
  return { total, slips: (scene.findings.pov ?? 0) + (scene.findings.tense ?? 0) > 0 };
}

/** "Spelling 3 · Point of view 1", or "No findings". */
export function findingsText(scene: MapScene): string {
  const parts = CHECK_IDS.filter((id) => scene.findings[id]).map((id) => `${CHECK_NAMES[id]} ${scene.findings[id]}`);
  return parts.length ? parts.join(' · ') : 'No findings';
}

/** The viewpoint in words: "Elizabeth (set by you)", "First-person narrator", "Omniscient", "Not detected". */
export function povText(scene: MapScene): string {
  const set = scene.povSet ? ' (set by you)' : '';
  if (scene.pov === 'I') return `First-person narrator${set}`;
  if (scene.pov) return `${scene.pov}${set}`;
  if (scene.povSet) return 'No single POV (set by you)';
  return scene.omniscient ? 'Omniscient' : 'Not detected';
}

/** Why the viewpoint is what it is: whose thoughts the narration reports, or that the writer chose it. */
export function povEvidence(scene: MapScene): string {
  const heads = scene.heads.length ? `Thoughts reported: ${scene.heads.slice(0, 4).join(', ')}${scene.heads.length > 4 ? ` and ${scene.heads.length - 4} more` : ''}.` : 'No character’s thoughts reported.';
  if (scene.povSet) return `You set this scene’s POV. ${heads}`;
  if (scene.pov === 'I') return `Told in the first person. ${heads}`;
  if (scene.pov) return `Detected from whose perceptions, feelings and thoughts the narration reports. ${heads}`;
  return scene.omniscient ? `The narration moves between minds freely. ${heads}` : heads;
}

const PERSON = { first: '1st person', second: '2nd person', third: '3rd person', unknown: 'person unclear' } as const;

/** "3rd person · past · 954 words". */
export function countsText(scene: MapScene): string {
  return `${PERSON[scene.person]} · ${scene.tense === 'unknown' ? 'tense unclear' : scene.tense} · ${scene.words.toLocaleString('en-US')} words`;
}

/** The marks drawn on a cell, in reading order. */
export function sceneMarks(scene: MapScene): { person?: '1st' | '2nd'; present: boolean; omniscient: boolean; set: boolean; heads: number } {
  return {
    ...(scene.person === 'first' ? { person: '1st' as const } : scene.person === 'second' ? { person: '2nd' as const } : {}),
    present: scene.tense === 'present',
    omniscient: scene.omniscient && !scene.pov,
    set: scene.povSet,
    heads: scene.heads.length,
  };
}

/** What a screen reader says for a cell. */
export function sceneLabel(scene: MapScene): string {
  const { total } = findingsCount(scene);
  return `Scene ${scene.key}: POV ${povText(scene)}, ${countsText(scene)}, ${total ? `${total} finding${total === 1 ? '' : 's'}` : 'no findings'}`;
}

/** A chapter's own heading ("CHAPTER XV." of "VOLUME I / CHAPTER XV."), cut to `max` characters. */
export function chapterLabel(chapter: MapChapter, max = 26): string {
  const own = chapter.title.split(' / ').pop() ?? chapter.title;
  return own.length > max ? `${own.slice(0, max - 1)}…` : own;
}

/** One stretch of a character's line in the cast strip: a scene, as a share of the book's words. */
export interface StripSegment {
  readonly key: string;
  /** Start and width as fractions (0–1) of the book's words. */
  readonly x: number;
  readonly width: number;
  readonly role: Exclude<SceneRole, undefined>;
}

/** The scenes of the book in order with their start as a fraction of its words (for the strip's x axis). */
export function sceneOffsets(map: BookMap): ReadonlyArray<{ scene: MapScene; x: number; width: number; chapter: number }> {
  const total = Math.max(1, map.chapters.reduce((n, c) => n + c.scenes.reduce((m, s) => m + Math.max(s.words, 1), 0), 0));
  let at = 0;
  return map.chapters.flatMap((c, chapter) =>
    c.scenes.map((scene) => {
      const w = Math.max(scene.words, 1) / total;
      const out = { scene, x: at, width: w, chapter };
      at += w;
      return out;
    }),
  );
}

/** A character's line in the cast strip: every scene they are the viewpoint of, a head in, or named in. */
export function castSegments(offsets: ReturnType<typeof sceneOffsets>, name: string): StripSegment[] {
  const out: StripSegment[] = [];
  for (const { scene, x, width } of offsets) {
    const role = sceneRole(scene, name);
    if (role) out.push({ key: scene.key, x, width, role });
  }
  return out;
}

/**
 * `next` with every chapter that equals the one at the same place in `prev` replaced by that object (and `prev`
 * itself when nothing changed), so memoised rows re-render only where the book changed.
 */
export function shareUnchanged(prev: BookMap | undefined, next: BookMap): BookMap {
  if (!prev) return next;
  let same = prev.chapters.length === next.chapters.length && prev.title === next.title && JSON.stringify(prev.cast) === JSON.stringify(next.cast) && JSON.stringify(prev.totals) === JSON.stringify(next.totals) && prev.words === next.words;
  const chapters = next.chapters.map((c, i) => {
    const old = prev.chapters[i];
    if (old && JSON.stringify(old) === JSON.stringify(c)) return old;
    same = false;
    return c;
  });
  return same ? prev : { ...next, chapters };
}

/**
 * The panel's colours for `fresh` (the report's {@link povColours} of the latest map), keeping every colour
 * already shown: a POV set on one scene must not repaint the whole book. New names get their report colour
 * when it is free, else the first free one.
 */
export function stickyColours(shown: ReadonlyMap<string, string>, fresh: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const name of fresh.keys()) {
    const colour = shown.get(name);
    if (colour) {
      out.set(name, colour);
      used.add(colour);
    }
  }
  for (const [name, colour] of fresh) {
    if (out.has(name)) continue;
    const pick = !used.has(colour) ? colour : (POV_PALETTE.find((c) => !used.has(c)) ?? colour);
    out.set(name, pick);
    used.add(pick);
  }
  // Insertion order is the legend's: most words first, as the report lists them.
  return new Map([...fresh.keys()].map((name) => [name, out.get(name)!]));
}

/** `next`, or `prev` when both hold the same elements (the status is reported anew on every cursor move). */
export function sameElements<T>(prev: readonly T[] | undefined, next: readonly T[] | undefined): readonly T[] | undefined {
  if (!prev || !next || prev.length !== next.length) return next;
  for (let i = 0; i < next.length; i++) if (prev[i] !== next[i]) return next;
  return prev;
}

/**
 * A checked file made of its scenes' texts alone (joined by blank lines), the scenes and findings moved to match:
 * what the map needs, read from the editor scene by scene. A finding outside every scene is left out.
 */
export function fromSceneBodies(name: string, scenes: readonly SceneSummary[], bodies: readonly string[], diagnostics: readonly Diagnostic[], cast: readonly string[]): ReportFile {
  const moved: SceneSummary[] = [];
  let at = 0;
  scenes.forEach((s, i) => {
    const length = bodies[i]?.length ?? 0;
    moved.push({ ...s, from: at, to: at + length });
    at += length + 2;
  });
  const found: Diagnostic[] = [];
  let i = 0;
  for (const d of [...diagnostics].sort((a, b) => a.from - b.from)) {
    while (i < scenes.length && scenes[i]!.to <= d.from) i++;
    const s = scenes[i];
    if (!s || d.from < s.from) continue;
    const from = moved[i]!.from + (d.from - s.from);
    found.push({ ...d, from, to: from + (d.to - d.from) });
  }
  return { name, text: bodies.join('\n\n'), scenes: moved, diagnostics: found, cast };
}
