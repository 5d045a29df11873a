import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sectionsOf } from './texts';

/**
 * The texts load by section (src/i18n/index.ts): the shell's before the first render, each
 * page's with the page (`lazyWithTexts`). This reads the code the way a bundler does (static
 * imports; and lazy ones inside a page) and finds the sections it names in string literals
 * ('lessons.title', `ideaState.${s}`), so a page that uses a section it does not ask for
 * fails here rather than showing a key for a moment in the browser.
 */

const src = fileURLToPath(new URL('../../', import.meta.url));
const SECTIONS = sectionsOf('nb');
const shellSections = JSON.parse(
  readFileSync(new URL('../shell-sections.json', import.meta.url), 'utf8'),
) as string[];

function resolve(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`])
    if (/\.tsx?$/.test(c) && existsSync(c) && statSync(c).isFile()) return c;
  return null;
}

/** A module and what it imports from src/, transitively; `lazy` follows `import()` too. */
function graph(file: string, lazy: boolean, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const imports = lazy ? /(?:from\s+|import\s*\(\s*)'(\.[^']+)'/g : /from\s+'(\.[^']+)'/g;
  for (const m of code.matchAll(imports)) {
    const next = resolve(file, m[1]);
    if (next) graph(next, lazy, seen);
  }
  return seen;
}

function named(files: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const f of files)
    for (const m of readFileSync(f, 'utf8').matchAll(/['"`]([a-zA-Z]+)\./g))
      if (SECTIONS.includes(m[1])) out.add(m[1]);
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === '__tests__' || e.name === 'gql' ? [] : sourceFiles(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** Every `lazyWithTexts(() => import('…'), [ … ])` in src/, with its sections (`...NAME` spreads a list in the same file). */
function declarations(): Array<{ at: string; module: string; sections: string[] }> {
  return sourceFiles(src).flatMap((file) => {
    const code = readFileSync(file, 'utf8');
    const lists = new Map(
      [...code.matchAll(/const (\w+) = \[([^\]]*)\]/g)].map((m) => [
        m[1],
        [...m[2].matchAll(/'(\w+)'/g)].map((x) => x[1]),
      ]),
    );
    return [...code.matchAll(/lazyWithTexts\(\s*\(\) => import\('([^']+)'\),\s*\[([^\]]*)\]/g)].map((m) => ({
      at: path.relative(src, file),
      module: resolve(file, m[1]) ?? m[1],
      sections: [
        ...[...m[2].matchAll(/'(\w+)'/g)].map((x) => x[1]),
        ...[...m[2].matchAll(/\.\.\.(\w+)/g)].flatMap((x) => lists.get(x[1]) ?? [`unknown list ${x[1]}`]),
      ],
    }));
  });
}

const shellCode = graph(path.join(src, 'main.tsx'), false);

describe('sections of texts', () => {
  it('the shell asks for every section its code names', () => {
    const missing = [...named(shellCode)].filter((s) => !shellSections.includes(s));
    expect(missing).toEqual([]);
  });

  it('every shell section exists', () => {
    expect(shellSections.filter((s) => !SECTIONS.includes(s))).toEqual([]);
  });

  it('finds the pages', () => {
    expect(declarations().length).toBeGreaterThan(20);
  });

  it.each(declarations().map((d) => [path.relative(src, d.module), d] as const))(
    '%s asks for every section its code names',
    (_name, d) => {
      const asked = new Set([...shellSections, ...d.sections]);
      const missing = [...named(graph(d.module, true))].filter((s) => !asked.has(s));
      expect(missing).toEqual([]);
      expect(d.sections.filter((s) => !SECTIONS.includes(s))).toEqual([]);
    },
  );
});
