// electron-vite: the Electron main process, its sandboxed preload (CommonJS, as sandboxed preloads must be)
// and the renderer. `npm run build` runs this; the renderer build (out/renderer) is also what `redline serve`
// serves.
import { defineConfig } from 'electron-vite';
import { fileURLToPath } from 'node:url';

// The engine runs in a Web Worker, which has no `document`: decode-named-character-reference's "browser"
// build creates a DOM element, so the worker takes its plain build.
const noDom = { 'decode-named-character-reference': fileURLToPath(new URL('./node_modules/decode-named-character-reference/index.js', import.meta.url)) };

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      lib: { entry: 'main/electron/main.ts', formats: ['es'] },
      rollupOptions: { output: { entryFileNames: 'index.js' } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      lib: { entry: 'main/electron/preload.ts', formats: ['cjs'] },
      rollupOptions: { output: { entryFileNames: 'index.cjs' } },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    resolve: { alias: noDom },
    worker: { format: 'es' },
    build: {
      outDir: 'out/renderer',
      emptyOutDir: true,
      minify: true,
      chunkSizeWarningLimit: 4096,
      rollupOptions: { input: 'renderer/index.html' },
    },
  },
});
