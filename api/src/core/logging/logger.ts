import { AsyncLocalStorage } from 'node:async_hooks';
import type { LoggerService } from '@nestjs/common';
import { pino, type Logger } from 'pino';

/** The request id of the request being served, so every log line can carry it. */
export const requestContext = new AsyncLocalStorage<{ requestId: string }>();

export function createLogger(level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    level,
    base: { service: 'laerekraft-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    mixin() {
      const store = requestContext.getStore();
      return store ? { reqId: store.requestId } : {};
    },
    redact: ['req.headers.cookie', 'res.headers["set-cookie"]', 'password', '*.password'],
  });
}

export const logger = createLogger();

/** Nest's own log calls, written as pino JSON lines. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly pino: Logger = logger) {}
  private write(level: 'info' | 'warn' | 'error' | 'debug' | 'trace', message: unknown, rest: unknown[]) {
    const context = rest.length ? rest[rest.length - 1] : undefined;
    this.pino[level]({ context }, String(message));
  }
  log(message: unknown, ...rest: unknown[]) {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]) {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]) {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]) {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]) {
    this.write('trace', message, rest);
  }
}
