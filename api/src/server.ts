import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { pinoHttp } from 'pino-http';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import type { AppConfig } from './core/config/config.js';
import { logger, PinoNestLogger, requestContext } from './core/logging/logger.js';
import { serveWebApp } from './core/web/spa.js';
import { Db, endWithResponse } from './core/database/db.service.js';
import { BODY_LIMIT, bodyParserErrors } from './core/http/body-errors.js';
import { securityHeaders } from './core/http/security-headers.js';
import { RouteNotFoundFilter } from './core/http/route-not-found.filter.js';
import { PublicPagesService } from './public/public-pages.service.js';
import { GraphQLModule } from '@nestjs/graphql';
import { refuseAnonymousUpgrades } from './core/graphql/subscriptions.js';

/** Builds the HTTP application (not yet listening): GraphQL, health, the web app, logs with request ids. */
export async function createServer(
  config: AppConfig,
  dataSource: DataSource,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, dataSource), {
    logger: new PinoNestLogger(),
    // Registered below, so its refusals can be answered in GraphQL's shape.
    bodyParser: false,
  });
  app.set('trust proxy', config.trustProxy || false);
  app.disable('x-powered-by');
  app.use(securityHeaders(config.production));
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && /^[\w-]{1,100}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url,
        }),
      },
    }),
  );
  app.use((req: { id: string }, _res: unknown, next: () => void) =>
    requestContext.run({ requestId: String(req.id) }, next),
  );
  app.use(cookieParser(config.sessionSecret));
  // One unit of database work per GraphQL request (see unit-of-work.plugin.ts). If the
  // client goes away before Apollo answers, the transaction is rolled back, not leaked, and
  // what still runs for it ends quietly (see formatError).
  const db = app.get(Db);
  app.use('/graphql', (_req: unknown, res: Response, next: () => void) => {
    const uow = db.newUnitOfWork();
    endWithResponse(uow, res);
    db.withUnitOfWork(uow, next);
  });
  app.useBodyParser('json', { limit: BODY_LIMIT });
  app.use(bodyParserErrors);
  // Nest's 404 handler, registered during init, answers through this filter.
  app.useGlobalFilters(new RouteNotFoundFilter(app.getHttpAdapter().getInstance()));
  // Before init: Nest adds its 404 handler during init, and the web app's routes must come first.
  // The public lesson pages get their own <head> (title, Open Graph) written on the server.
  const pages = [app.get(PublicPagesService).render];
  if (!serveWebApp(app.getHttpAdapter().getInstance(), config.webDist, pages)) {
    logger.warn(
      { webDist: config.webDist },
      'web app not built: only the API is served (run npm run build -w web)',
    );
  }
  await app.init();
  keepConnectionsAlive(app, config.keepAliveSeconds);
  // Subscriptions (graphql-ws on /graphql): no socket at all without a signed session cookie,
  // and no frame larger than a request body may be.
  refuseAnonymousUpgrades(app.getHttpServer(), '/graphql', config.sessionSecret);
  limitWebSocketFrames(app, WS_FRAME_LIMIT);
  return app;
}

/**
 * Idle keep-alive connections outlive the client's own idle timeout (see
 * AppConfig.keepAliveSeconds), and the time allowed for a request's headers is a second
 * longer, so a request arriving as the idle time runs out is not cut off by the header timer.
 */
function keepConnectionsAlive(app: NestExpressApplication, seconds: number) {
  const server = app.getHttpServer() as Server;
  server.keepAliveTimeout = seconds * 1000;
  server.headersTimeout = (seconds + 1) * 1000;
}

/** The largest WebSocket message accepted (as a GraphQL request body over HTTP: 100 kB). */
export const WS_FRAME_LIMIT = 100 * 1024;

/**
 * @nestjs/graphql creates its WebSocketServer without passing options, so ws's default
 * (100 MiB per message) would apply. Its options are read at each upgrade: set the limit
 * there. Should a release of @nestjs/graphql move the server, this says so at start, and the
 * subscriptions e2e (a message over the limit closes the socket with 1009) fails.
 */
function limitWebSocketFrames(app: NestExpressApplication, bytes: number) {
  const driver = app.get(GraphQLModule, { strict: false }).graphQlAdapter as unknown as {
    _subscriptionService?: { wss?: { options?: { maxPayload?: number } } };
  };
  const options = driver._subscriptionService?.wss?.options;
  if (options) options.maxPayload = bytes;
  else logger.warn('subscriptions: the WebSocket server was not found; its message size is not limited');
}
