import { describe, expect, it } from '@jest/globals';
import { baseUrl } from '../support/graphql-client.js';

/** The API serves the built web app on the same origin, with index.html for client routes. */
describe('the web app is served at /', () => {
  it.each(['/', '/logg-inn', '/ideer/ny', '/forsok/00000000-0000-4000-8000-000000000000'])(
    'GET %s gives the app shell',
    async (path) => {
      const res = await fetch(baseUrl() + path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      const html = await res.text();
      expect(html).toMatch(/<html[^>]*lang="nb"/);
      expect(html).toContain('<div id="root">');
    },
  );

  it('serves the hashed assets the shell refers to', async () => {
    const html = await (await fetch(baseUrl() + '/')).text();
    const script = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    const res = await fetch(baseUrl() + script);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('immutable');
  });

  it('leaves unknown API paths to the API', async () => {
    const res = await fetch(baseUrl() + '/health/nope');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/json/);
  });
});
