import { describe, expect, it } from '@jest/globals';
import { baseUrl } from '../support/graphql-client.js';

/** Issue 8: the built app travels compressed, hashed files are cached for good, and no source maps are public. */
describe('the built web assets', () => {
  async function shellScripts(): Promise<string[]> {
    const html = await (await fetch(baseUrl() + '/')).text();
    return [...html.matchAll(/src="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  }

  it.each([
    ['br', 'br, gzip'],
    ['gzip', 'gzip'],
  ])('come back as %s with Vary and an immutable cache header', async (encoding, accept) => {
    const [script] = await shellScripts();
    expect(script).toBeDefined();
    // Node's fetch decodes the body; the headers still say how it travelled.
    const res = await fetch(baseUrl() + script, { headers: { 'accept-encoding': accept } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe(encoding);
    expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await res.text()).length).toBeGreaterThan(1000);
  });

  it('come back uncompressed to a client that accepts neither', async () => {
    const [script] = await shellScripts();
    const res = await fetch(baseUrl() + script, { headers: { 'accept-encoding': 'identity' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBeNull();
  });

  it('serve the app shell compressed and never cached for long', async () => {
    const res = await fetch(baseUrl() + '/ideer', { headers: { 'accept-encoding': 'br' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
  });

  it('include no source maps, and a .map path is a 404 rather than the app shell', async () => {
    const [script] = await shellScripts();
    const js = await (await fetch(baseUrl() + script)).text();
    expect(js).not.toMatch(/sourceMappingURL/);
    for (const path of [script + '.map', '/assets/index.js.map']) {
      const res = await fetch(baseUrl() + path);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).not.toMatch(/html/);
    }
  });

  it('answer a missing hashed file with 404, not the app shell', async () => {
    const res = await fetch(baseUrl() + '/assets/gone-0000.js');
    expect(res.status).toBe(404);
  });

  it('do not expose the precompressed copies or the build manifest by name', async () => {
    const [script] = await shellScripts();
    expect((await fetch(baseUrl() + script + '.br')).status).toBe(404);
    expect((await fetch(baseUrl() + '/.vite/manifest.json')).status).not.toBe(200);
  });
});
