import { type ArgumentsHost, Catch, type ExceptionFilter, NotFoundException } from '@nestjs/common';
import type { Express, Request, Response } from 'express';
import { ErrorCode } from '@laerekraft/shared';

interface RouteLayer {
  route?: { methods?: Record<string, boolean> };
  match?(path: string): unknown;
}

/**
 * What an address outside GraphQL answers when nothing serves it (`/export/nope`,
 * `/health/nope`), or when something does but not with that method (`POST
 * /export/experiments.csv`): in the app's own error shape, as the export's refusals and the
 * body parser's, never Nest's default page. A wrong method is 405 with an Allow header that
 * lists what the address takes; its code is BAD_REQUEST (the client sent what cannot be
 * served), the status says which kind. Nest's not-found handler throws NotFoundException;
 * no controller throws one of its own (domain refusals are DomainError).
 */
@Catch(NotFoundException)
export class RouteNotFoundFilter implements ExceptionFilter {
  constructor(private readonly app: Express) {}

  catch(exception: NotFoundException, host: ArgumentsHost): void {
    // In GraphQL (or anything else) it goes on as it would without this filter.
    if (host.getType() !== 'http') throw exception;
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    if (res.headersSent) return void res.end();
    const allow = allowedMethods(this.app, req.path);
    if (allow.length) {
      res
        .status(405)
        .setHeader('Allow', allow.join(', '))
        .json(
          refusal(
            `${req.method} is not served at ${req.path}: use ${allow.join(' or ')}`,
            ErrorCode.BAD_REQUEST,
          ),
        );
      return;
    }
    res.status(404).json(refusal(`Nothing is served at ${req.path}`, ErrorCode.NOT_FOUND));
  }
}

const refusal = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

/** The methods the app's routes serve at `path` (HEAD wherever GET is), none when no route matches it. */
export function allowedMethods(app: Express, path: string): string[] {
  // Express 5's own router (`app.router`): its route layers are the controllers' routes.
  const stack = ((app as unknown as { router?: { stack?: RouteLayer[] } }).router?.stack ??
    []) as RouteLayer[];
  const methods = new Set<string>();
  for (const layer of stack) {
    const routeMethods = layer.route?.methods;
    // A route for every method (`all`) is a catch-all, not an address that takes some methods.
    if (!routeMethods || routeMethods._all || typeof layer.match !== 'function' || !layer.match(path))
      continue;
    for (const [method, on] of Object.entries(routeMethods)) if (on) methods.add(method.toUpperCase());
  }
  if (methods.has('GET')) methods.add('HEAD');
  const order = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];
  return [...methods].sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99));
}
