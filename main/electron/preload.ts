/**
 * The preload: exposes one typed bridge (`window.redline`) that allowlists the contract's channels and
 * events. Nothing else of Electron or Node reaches the page. Runs sandboxed, so it imports only `electron`
 * and the bundled `preload-api.ts` (the contract and the manuscript-types table), where the logic lives.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { openDropped, pageBridge } from './preload-api.js';

contextBridge.exposeInMainWorld('redline', pageBridge(ipcRenderer));

// Drag and drop: a manuscript dropped on the window opens. The path comes from the OS drop, read here in the
// preload (page scripts cannot forge a File's path); main checks it like any other file.
window.addEventListener('dragover', (e) => e.preventDefault());
window.addEventListener('drop', (e) => {
  e.preventDefault();
  const file = e.dataTransfer?.files[0];
  if (file) openDropped(ipcRenderer, webUtils.getPathForFile(file));
});
