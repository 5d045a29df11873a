import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Express, NextFunction, Request, Response } from 'express';
import { logger } from '../logging/logger.js';

const API_PREFIXES = ['/graphql', '/health', '/open/', '/export/'];

/**
 * What a page the server knows about (a public lesson) answers instead of the bare app
 * shell: either the shell with `head` (already escaped HTML: title, description, Open Graph,
 * canonical) put into its <head>, or a whole page of its own (`html`, a 404 that is not a
 * soft 200). Pages answered here may be indexed; every other client route is marked noindex.
 */
export type SpaPage =
  { status: number; title: string; head: string; html?: undefined } | { status: number; html: string };

/** Answers for a path it knows (null: not mine, serve the shell as usual). */
export type SpaPageRenderer = (req: Request) => Promise<SpaPage | null>;
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Encodings the web build writes next to each file (scripts/precompress.mjs), best first. */
const ENCODINGS = [
  { name: 'br', ext: '.br' },
  { name: 'gzip', ext: '.gz' },
] as const;

/**
 * Serves the built web app, with index.html for every client-side route. Files are sent
 * precompressed when the build wrote a .br/.gz copy and the browser accepts it; hashed
 * files under /assets are immutable; source maps are never served.
 */
export function serveWebApp(app: Express, webDist: string, pages: SpaPageRenderer[] = []): boolean {
  const index = path.join(webDist, 'index.html');
  if (!existsSync(index)) return false;
  const files = new BuildFiles(webDist);
  const shell = new ShellTemplate(index);

  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (API_PREFIXES.some((p) => req.path.startsWith(p))) return next();
    // Source maps stay out of production; the build does not write them, and if one is copied in, it is not served.
    if (req.path.endsWith('.map') || req.path.endsWith('.br') || req.path.endsWith('.gz'))
      return notFound(res);
    const rel = decodePath(req.path);
    if (rel === undefined) return notFound(res);
    const isAsset = rel.startsWith('assets/');
    if (rel !== '' && sendFile(req, res, webDist, rel, files, isAsset ? IMMUTABLE : 'public, max-age=3600'))
      return;
    // A missing hashed file is a 404, not the app shell: a stale page must not parse HTML as a script.
    if (isAsset) return notFound(res);
    void renderPage(req, pages).then((page) => {
      if (page) return sendPage(res, page, shell);
      // Signed-in pages and forms are no content for search engines.
      res.setHeader('X-Robots-Tag', 'noindex');
      sendFile(req, res, webDist, 'index.html', files, 'no-cache');
    });
  });
  return true;
}

async function renderPage(req: Request, pages: SpaPageRenderer[]): Promise<SpaPage | null> {
  for (const render of pages) {
    try {
      const page = await render(req);
      if (page) return page;
    } catch (err) {
      // The shell still works: the page reads its data itself.
      logger.error(
        { err, path: req.path },
        'a server-rendered page head failed; serving the plain app shell',
      );
      return null;
    }
  }
  return null;
}

function sendPage(res: Response, page: SpaPage, shell: ShellTemplate) {
  res.status(page.status).type('html').setHeader('Cache-Control', 'no-cache');
  if (page.status >= 400) res.setHeader('X-Robots-Tag', 'noindex');
  res.send(page.html ?? shell.with(page.title, page.head));
}

/** index.html with a page's own <title> and head tags; re-read when a rebuild changes it. */
class ShellTemplate {
  private text = '';
  private mtime = -1;

  constructor(private readonly file: string) {}

  with(title: string, head: string): string {
    const mtime = statSync(this.file).mtimeMs;
    if (mtime !== this.mtime) {
      this.text = readFileSync(this.file, 'utf8');
      this.mtime = mtime;
    }
    // Functions as replacements: a `$&` in the text stays text.
    return this.text
      .replace(/<title>[^<]*<\/title>/, () => `<title>${title}</title>`)
      .replace('</head>', () => `${head}\n  </head>`);
  }
}

function sendFile(
  req: Request,
  res: Response,
  root: string,
  rel: string,
  files: BuildFiles,
  cacheControl: string,
): boolean {
  if (!files.has(rel)) return false;
  if (rel.endsWith('.html')) cacheControl = 'no-cache';
  const accepted = String(req.headers['accept-encoding'] ?? '');
  const encoding = ENCODINGS.find((e) => files.has(rel + e.ext) && accepts(accepted, e.name));
  res.setHeader('Cache-Control', cacheControl);
  if (ENCODINGS.some((e) => files.has(rel + e.ext))) res.setHeader('Vary', 'Accept-Encoding');
  if (encoding) {
    res.type(path.extname(rel));
    res.setHeader('Content-Encoding', encoding.name);
  }
  res.sendFile(rel + (encoding?.ext ?? ''), {
    root,
    cacheControl: false,
    // Byte ranges of a compressed copy would not match the uncompressed length browsers expect.
    acceptRanges: !encoding,
    dotfiles: 'deny',
  });
  return true;
}

/** Whether an Accept-Encoding header allows `name` (a q=0 refuses it). */
function accepts(header: string, name: string): boolean {
  return header
    .split(',')
    .map((part) => part.trim().split(';'))
    .some(([coding, ...params]) => {
      if (coding?.trim().toLowerCase() !== name) return false;
      const q = params.find((p) => p.trim().startsWith('q='));
      return !q || Number(q.trim().slice(2)) > 0;
    });
}

/** The request path as a path inside the web build, or undefined when it tries to leave it. */
function decodePath(urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const rel = path.posix.normalize(decoded).replace(/^\/+/, '');
  // No way out of the build, and no hidden files (.vite/manifest.json).
  if (rel.includes('\0') || rel.split('/').some((segment) => segment.startsWith('.'))) return undefined;
  return rel;
}

/**
 * The files of the build (relative, forward slashes), listed once at start; a file that
 * appears later (a rebuild under a running server) is found on its first request.
 */
class BuildFiles {
  private readonly known = new Set<string>();
  private readonly missing = new Set<string>();

  constructor(private readonly root: string) {
    for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      this.known.add(path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
    }
  }

  has(rel: string): boolean {
    if (this.known.has(rel)) return true;
    if (this.missing.has(rel)) return false;
    const found = statSync(path.join(this.root, rel), { throwIfNoEntry: false })?.isFile() ?? false;
    if (found) this.known.add(rel);
    // Remember only the absence of a compressed copy of a known file: bounded by the build's size.
    else if (this.known.has(rel.replace(/\.(br|gz)$/, ''))) this.missing.add(rel);
    return found;
  }
}

function notFound(res: Response) {
  res.status(404).type('text/plain').send('Not found');
}
