// Writes each top-level section of src/i18n/<lang>.json into src/i18n/<lang>/<section>.json
// and removes <lang>.json: the texts load per section (src/i18n/index.ts), so a page's texts
// come with the page. Re-run it whenever someone added keys in the old place (a whole-language
// file): `npm run i18n:split -w web`. Keys in the whole-language file win over the same keys in
// a section file; everything else in the section files stays. Safe to run when there is
// nothing to split.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../src/i18n/', import.meta.url));
const LANGUAGES = ['nb', 'nn', 'en'];

const isTree = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
function merge(into, from) {
  for (const [k, v] of Object.entries(from)) into[k] = isTree(v) && isTree(into[k]) ? merge(into[k], v) : v;
  return into;
}

let split = 0;
for (const lang of LANGUAGES) {
  const whole = `${dir}${lang}.json`;
  if (!existsSync(whole)) continue;
  mkdirSync(`${dir}${lang}`, { recursive: true });
  for (const [section, tree] of Object.entries(JSON.parse(readFileSync(whole, 'utf8')))) {
    if (!/^[a-zA-Z][a-zA-Z0-9]*$/.test(section))
      throw new Error(`${lang}.json: "${section}" is no section name`);
    const file = `${dir}${lang}/${section}.json`;
    const before = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
    writeFileSync(file, `${JSON.stringify(merge(before, tree), null, 2)}\n`);
    split++;
  }
  rmSync(whole);
  console.log(`split ${lang}.json into src/i18n/${lang}/`);
}
if (!split) console.log('nothing to split: every language is in src/i18n/<lang>/<section>.json already');
