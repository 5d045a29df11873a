// What the first load is made of (issue 8): `npm run analyze -w web` builds into a scratch
// folder and prints, for the entry and each chunk it imports statically, its gzip size and
// the packages and source folders inside it by rendered (pre-minification) size.
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { defineConfig, mergeConfig, type Plugin } from 'vite';
import base from './vite.config';

const group = (id: string): string => {
  const nm = id.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = id.slice(nm + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const src = id.indexOf('/web/src/');
  return src >= 0
    ? id
        .slice(src + 5)
        .split('/')
        .slice(0, 3)
        .join('/')
    : id;
};

const analyze: Plugin = {
  name: 'lk-analyze-first-load',
  generateBundle(_options, bundle) {
    const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
    const byName = new Map(chunks.map((c) => [c.fileName, c]));
    const first = new Set<string>();
    const visit = (file: string) => {
      if (first.has(file)) return;
      first.add(file);
      byName.get(file)?.imports.forEach(visit);
    };
    chunks.filter((c) => c.isEntry).forEach((c) => visit(c.fileName));
    let total = 0;
    for (const file of first) {
      const c = byName.get(file)!;
      const gz = gzipSync(c.code, { level: 9 }).length / 1000;
      total += gz;
      const sizes = new Map<string, number>();
      for (const [id, m] of Object.entries(c.modules))
        sizes.set(group(id), (sizes.get(group(id)) ?? 0) + m.renderedLength);
      console.log(`\n${file}: ${gz.toFixed(1)} kB gzip`);
      for (const [g, n] of [...sizes].sort((a, b) => b[1] - a[1]).slice(0, 12))
        console.log(`  ${(n / 1000).toFixed(1).padStart(7)} kB rendered  ${g}`);
    }
    console.log(`\nfirst load: ${total.toFixed(1)} kB gzip in ${first.size} files`);
  },
};

export default mergeConfig(
  base,
  defineConfig({
    build: { outDir: path.join(os.tmpdir(), 'lk-analyze'), emptyOutDir: true, manifest: false },
    plugins: [analyze],
  }),
);
