import { describe, expect, it } from 'vitest';
import { openDropped, type PreloadIpc } from './preload-api.js';

const fakeIpc = () => {
  const sent: Array<[string, unknown]> = [];
  const ipc: PreloadIpc = { invoke: async () => undefined, on: () => undefined, removeListener: () => undefined, send: (m, p) => void sent.push([m, p]) };
  return { ipc, sent };
};

describe('a file dropped on the window', () => {
  it.each(['/home/ann/novel.docx', '/home/ann/chapter-1.txt', 'C:\\Users\\Ann\\draft.MD', '/home/ann/notes.markdown'])('asks the host to open %s', (path) => {
    const { ipc, sent } = fakeIpc();
    expect(openDropped(ipc, path)).toBe(true);
    expect(sent).toEqual([['app:open-dropped', { path }]]);
  });

  it.each(['/home/ann/cover.png', '/home/ann/old.doc', '/home/ann/Manuscripts', '/home/ann/story.pdf'])('ignores %s', (path) => {
    const { ipc, sent } = fakeIpc();
    expect(openDropped(ipc, path)).toBe(false);
    expect(sent).toEqual([]);
  });
});
