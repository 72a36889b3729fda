#!/usr/bin/env node
// Runs the compiled CLI; `npm ci` compiles it through the `prepare` script.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write(
    'drumbeat: not built yet — run `npm ci` (or `npm run build`) in the project folder first.\n',
  );
  process.exit(1);
}
await import(entry.href);
