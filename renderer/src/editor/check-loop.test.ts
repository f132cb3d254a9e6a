// What the check loop sends, read from EditorState, and the worker channel that outlives documents.
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { EMPTY_SETTINGS } from '../../../src/contract/manuscript-settings.js';
import type { FromWorker, ToWorker } from '../worker/protocol.js';
import type { Diagnostic } from '../../../src/contract/diagnostic.js';
import { bufferedPort, CheckChannel, checkRequest, withProgress, type WorkerPort } from './check-loop.js';
import { reviewState } from './review-extensions.js';
import { checkPreferences, documentFormat, manuscriptSettings, personalWords, setCheckPreferences, setManuscriptSettings } from './review-state.js';

describe('the check loop', () => {
  it('sends the text with the format, word list, preferences and point of view of the state', () => {
    const settings = { ...EMPTY_SETTINGS, words: ['zorbled'], narration: 'close' as const, povCharacters: { '1.1': 'Jon' } };
    let state = EditorState.create({
      doc: '# One\n\nShe zorbled.',
      extensions: [reviewState(), manuscriptSettings.init(() => settings), documentFormat.init(() => 'markdown' as const)],
    });
    expect(checkRequest(state, 7)).toEqual({
      type: 'check',
      id: 7,
      text: '# One\n\nShe zorbled.',
      format: 'markdown',
      words: ['zorbled'],
      preferences: { dialect: 'auto', disabledChecks: [] },
      pov: { narration: 'close', povCharacters: { '1.1': 'Jon' }, tense: 'auto' },
    });
    state = state.update({
      changes: { from: state.doc.length, insert: ' Jon sat.' },
      effects: [setCheckPreferences.of({ dialect: 'en-GB', disabledChecks: ['pov'] }), setManuscriptSettings.of({ ...settings, povCharacters: {} })],
    }).state;
    expect(checkRequest(state, 8)).toMatchObject({ text: '# One\n\nShe zorbled. Jon sat.', preferences: { dialect: 'en-GB', disabledChecks: ['pov'] }, pov: { povCharacters: {} } });
  });

  it('sends the personal dictionary’s words first, and the manuscript’s dialect and tense over the app’s default', () => {
    const settings = { ...EMPTY_SETTINGS, words: ['zorbled'], dialect: 'en-US' as const, tense: 'present' as const };
    const state = EditorState.create({
      doc: 'She zorbles. Maren grimbles.',
      extensions: [reviewState(), manuscriptSettings.init(() => settings), personalWords.init(() => ['Maren', 'grimbles']), checkPreferences.init(() => ({ dialect: 'en-GB' as const, disabledChecks: [] }))],
    });
    expect(checkRequest(state, 9)).toMatchObject({ words: ['Maren', 'grimbles', 'zorbled'], preferences: { dialect: 'en-US' }, pov: { tense: 'present' } });
  });

  it('the channel is ready when the worker says so, with its checks, and numbers requests', () => {
    const sent: ToWorker[] = [];
    const port: WorkerPort = { postMessage: (m) => sent.push(m), onmessage: null };
    const channel = new CheckChannel(port);
    expect([channel.ready, channel.checking]).toEqual([false, false]);
    port.onmessage!({ data: { type: 'ready', ms: 1, checks: [{ id: 'spelling', description: 'Spelling.', rules: { 'spelling-unknown-word': 'Not in the dictionary' } }] } });
    expect(channel.ready).toBe(true);
    expect(channel.checks.map((c) => c.id)).toEqual(['spelling']);
    expect([channel.id(), channel.id()]).toEqual([1, 2]);
  });

  it('asks for a progressive check with the part in view', () => {
    const state = EditorState.create({ doc: 'One.\n\nTwo.', extensions: [reviewState()] });
    expect(checkRequest(state, 1, { from: 0, to: 4 })).toMatchObject({ id: 1, visible: { from: 0, to: 4 } });
    expect(checkRequest(state, 2)).not.toHaveProperty('visible');
  });

  it('while a progressive check goes on, adds what it finds to what is shown, each once, and takes nothing away', () => {
    const d = (from: number, ruleId: string, check: Diagnostic['check'] = 'repeated-words'): Diagnostic => ({
      check, ruleId, severity: 'warning', from, to: from + 7, actual: 'the the', message: '', fixes: [], fingerprint: `${ruleId}${from}`,
    });
    const shown = [d(10, 'repeated-word'), d(40, 'spelling-unknown-word', 'spelling')];
    expect(withProgress(shown, [d(10, 'repeated-word'), d(25, 'repeated-word')]).map((x) => [x.from, x.ruleId])).toEqual([
      [10, 'repeated-word'],
      [25, 'repeated-word'],
      [40, 'spelling-unknown-word'],
    ]);
    expect(withProgress(shown, [])).toEqual(shown);
  });

  it('keeps what the worker says until someone listens', () => {
    const worker: { postMessage(m: ToWorker): void; onmessage: ((e: { readonly data: FromWorker }) => void) | null } = { postMessage: () => undefined, onmessage: null };
    const port = bufferedPort(worker);
    worker.onmessage!({ data: { type: 'ready', ms: 1, checks: [] } });
    const channel = new CheckChannel(port);
    expect(channel.ready).toBe(true);
  });
});
