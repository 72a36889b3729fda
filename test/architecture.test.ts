import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { test } from 'node:test';

const root = resolve(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? sources(join(dir, d.name))
      : d.name.endsWith('.ts')
        ? [join(dir, d.name)]
        : [],
  );
}

function imports(file: string): string[] {
  return [
    ...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm),
  ].map((m) => m[1]!);
}

test('the core is pure: it imports no Node module, no package and nothing outside src/core', () => {
  const offenders: string[] = [];
  for (const file of sources(join(root, 'src/core'))) {
    for (const spec of imports(file)) {
      const outside =
        spec.startsWith('.') && !resolve(file, '..', spec).startsWith(join(root, 'src/core'));
      if (!spec.startsWith('.') || outside)
        offenders.push(`${relative(root, file)} imports ${spec}`);
    }
  }
  assert.deepEqual(offenders, []);
});

test('dependencies point inward: readers never import the CLI', () => {
  const offenders = sources(join(root, 'src/readers')).flatMap((file) =>
    imports(file)
      .filter((spec) => spec.includes('/cli/'))
      .map((spec) => `${relative(root, file)} imports ${spec}`),
  );
  assert.deepEqual(offenders, []);
});
