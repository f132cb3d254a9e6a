#!/usr/bin/env node
// The `redline` command. The CLI is TypeScript in src/cli, built to out/node by `npm run build:cli`
// (run automatically by `npm install`).
import { existsSync } from 'node:fs';

const entry = new URL('../out/node/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('redline: the CLI is not built yet; run `npm run build:cli` (npm install does it).\n');
  process.exit(2);
}
const { main } = await import(entry.href);
await main();
