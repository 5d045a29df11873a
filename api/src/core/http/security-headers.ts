import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/**
 * Security headers on every response. The web app is a Vite build served from this
 * origin: scripts only from 'self' (no inline script), styles may be inline (components
 * set style attributes), no framing at all. HSTS and upgrade-insecure-requests only in
 * production, so plain http://localhost keeps working in development.
 */
export function securityHeaders(production: boolean): RequestHandler {
  const base = {
    frameguard: { action: 'deny' as const },
    referrerPolicy: { policy: 'same-origin' as const },
    strictTransportSecurity: production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  };
  const strict = helmet({
    ...base,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(production ? { upgradeInsecureRequests: [] } : {}),
      },
    },
  });
  if (production) return strict;
  // GraphiQL (development only) loads its scripts from a CDN and inline: no CSP on its page.
  const graphiql = helmet({ ...base, contentSecurityPolicy: false });
  return (req: Request, res: Response, next: NextFunction) =>
    (req.method === 'GET' && req.path === '/graphql' ? graphiql : strict)(req, res, next);
}
