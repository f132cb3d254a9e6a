#!/usr/bin/env node
// The `redline` command. The CLI is TypeScript in src/cli, built to out/node by `npm run build:cli`
// (run automatically by `npm install`); `redline serve` is the app's host in main/serve, built to out/app
// (with the renderer in out/renderer) by `npm run build`.
import { existsSync } from 'node:fs';

if (process.argv[2] === 'serve') {
  const host = new URL('../out/app/main/serve/cli.js', import.meta.url);
  const page = new URL('../out/renderer/index.html', import.meta.url);
  if (!existsSync(host) || !existsSync(page)) {
    process.stderr.write('redline: the app is not built yet; run `npm run build`.\n');
    process.exit(2);
  }
  const { serveMain } = await import(host.href);
  process.exitCode = await serveMain(process.argv.slice(3));
} else {
  const entry = new URL('../out/node/cli/main.js', import.meta.url);
  if (!existsSync(entry)) {
    process.stderr.write('redline: the CLI is not built yet; run `npm run build:cli` (npm install does it).\n');
    process.exit(2);
  }
  const { main } = await import(entry.href);
  await main();
}
