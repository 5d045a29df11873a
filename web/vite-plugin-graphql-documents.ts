import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const VIRTUAL = '\0laerekraft-gql-document:';

/**
 * The client preset's `graphql()` looks a document up in a map of every document of the app
 * (src/gql/gql.ts), so the first chunk that calls it carries them all; and the documents in
 * src/gql/graphql.ts are one module, which the bundler keeps in one chunk. This rewrites each
 * call to an import of a small module holding just the document it names, so documents
 * travel with the routes that use them. It does what the preset's babel/swc plugins do, for
 * a build that has neither, and goes one step further by splitting graphql.ts.
 *
 * Codegen and the type checker still read the `graphql()` calls; only the bundle changes.
 * A call it cannot name fails the build rather than silently pulling the map back in.
 */
export function graphqlDocuments(generatedFile: string): Plugin {
  const importOfGraphql = /import\s*\{\s*graphql\s*\}\s*from\s*(['"])([^'"]*\/gql)\1;?/;
  const call = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
  const definition = /^\s*(?:#[^\n]*\n\s*)*(query|mutation|subscription|fragment)\s+([A-Za-z_][A-Za-z0-9_]*)/;
  // Each generated document is one line: `export const XDocument = {…} as unknown as DocumentNode<…>;`
  const generatedLine = /^export const ([A-Za-z0-9_]+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;
  let documents: Map<string, string> | undefined;

  const load = () => {
    documents = new Map();
    for (const [, name, json] of readFileSync(generatedFile, 'utf8').matchAll(generatedLine))
      documents.set(name, json);
    return documents;
  };

  return {
    name: 'laerekraft:graphql-documents',
    enforce: 'pre',
    buildStart() {
      documents = undefined;
      this.addWatchFile(generatedFile);
    },
    watchChange(id) {
      if (id === generatedFile) documents = undefined;
    },
    resolveId(source) {
      return source.startsWith(VIRTUAL) ? source : null;
    },
    load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      const name = id.slice(VIRTUAL.length);
      const json = (documents ?? load()).get(name);
      if (!json) this.error(`${name} is not in ${generatedFile}: run \`npm run codegen -w web\``);
      return `export const ${name} = /* @__PURE__ */ Object.freeze(${json});\n`;
    },
    transform(code, id) {
      if (id.includes('/node_modules/') || id.includes('/src/gql/') || !/\.tsx?$/.test(id)) return null;
      const imported = importOfGraphql.exec(code);
      if (!imported) return null;
      const names = new Set<string>();
      const rewritten = code.replace(call, (_all, body: string) => {
        const found = definition.exec(body);
        if (!found) this.error(`${id}: cannot name the document in graphql(\`${body.slice(0, 60)}…\`)`);
        const [, kind, name] = found;
        const exported = kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`;
        names.add(exported);
        return exported;
      });
      if (/\bgraphql\(/.test(rewritten))
        this.error(`${id}: a graphql() call is left that this plugin cannot rewrite`);
      const imports = [...names]
        .map((n) => `import { ${n} } from ${JSON.stringify(VIRTUAL + n)};`)
        .join('\n');
      return { code: rewritten.replace(imported[0], imports), map: null };
    },
  };
}
