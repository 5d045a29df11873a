import type { Request } from 'express';
import type { AppConfig } from '../core/config/config.js';

/** Where the installation is reached: PUBLIC_URL, or else what the request came to. */
export function publicOrigin(config: AppConfig, req: Request): string {
  if (config.publicUrl) return config.publicUrl;
  const host = req.get('host') ?? 'localhost';
  // A Host header is the client's to write: keep only what a host can be (it is escaped on output too).
  return `${req.protocol}://${/^[\w.-]+(:\d+)?$|^\[[0-9a-f:.]+\](:\d+)?$/i.test(host) ? host : 'localhost'}`;
}

export const PUBLIC_LESSONS_PATH = '/offentlig/laerdommer';

export const publicLessonPath = (id: string) => `${PUBLIC_LESSONS_PATH}/${id}`;
