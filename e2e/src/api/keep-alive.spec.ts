import http from 'node:http';
import { describe, expect, it } from '@jest/globals';
import { baseUrl } from '../support/graphql-client.js';

/**
 * Idle keep-alive connections: the server must keep them longer than any client does
 * (undici, Node's fetch, 4 s; a load balancer 60 s), or a request sent as the server closes
 * its end fails with "other side closed". Node's own default is 5 s.
 */

interface Answer {
  status: number;
  keepAlive: string | undefined;
  reusedSocket: boolean;
}

function get(agent: http.Agent, path: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.get(baseUrl() + path, { agent }, (res) => {
      res.resume();
      res.once('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          keepAlive: res.headers['keep-alive']?.toString(),
          reusedSocket: req.reusedSocket,
        }),
      );
    });
    req.once('error', reject);
  });
}

describe('keep-alive connections', () => {
  it('are announced with a 65 s idle timeout', async () => {
    const agent = new http.Agent({ keepAlive: true });
    try {
      const res = await get(agent, '/health/live');
      expect(res.status).toBe(200);
      expect(res.keepAlive).toBe('timeout=65');
    } finally {
      agent.destroy();
    }
  });

  it('are still open, and reused, after 8 s idle (Node’s default closes them after 5 s)', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const first = await get(agent, '/health/live');
      expect(first.reusedSocket).toBe(false);
      await new Promise((r) => setTimeout(r, 8000));
      const second = await get(agent, '/health/live');
      expect(second.status).toBe(200);
      expect(second.reusedSocket).toBe(true);
    } finally {
      agent.destroy();
    }
  }, 20_000);
});
