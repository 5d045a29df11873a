/* eslint-disable @typescript-eslint/no-explicit-any -- response data is checked by the tests' assertions, not by types */
/**
 * A small GraphQL client over real HTTP, with its own cookie jar: one instance is one
 * browser, so two clients are two independent sessions.
 */
export const DEMO_PASSWORD = 'laerekraft-demo';

export interface GqlError {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; fields?: Array<{ field: string; message: string }>; [key: string]: unknown };
}

export interface GqlResult<T = any> {
  data: T | null | undefined;
  errors: GqlError[] | undefined;
  status: number;
  headers: Headers;
  /** The raw response body, for checks that nothing leaks. */
  body: any;
}

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url)
    throw new Error(
      'E2E_BASE_URL is not set: run the e2e tests through their Jest config (global setup starts the server)',
    );
  return url;
}

export class GraphqlClient {
  private readonly cookies = new Map<string, string>();

  /** `headers` go with every request (an X-Forwarded-For, to stand for another client address). */
  constructor(
    readonly url = baseUrl(),
    private readonly headers: Record<string, string> = {},
  ) {}

  async gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>> {
    return this.post<T>({ query, variables });
  }

  /** Posts any JSON body to /graphql (for malformed requests too). */
  async post<T = any>(payload: unknown): Promise<GqlResult<T>> {
    const send = () =>
      fetch(`${this.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          ...this.headers,
          ...(this.cookieHeader() ? { cookie: this.cookieHeader() } : {}),
        },
        body: JSON.stringify(payload),
      });
    let res: Response;
    try {
      res = await send();
    } catch (e) {
      // A kept-alive socket closed under the request: a query may safely go once more, a mutation not.
      if (!socketClosed(e) || !isQuery(payload)) throw e;
      res = await send();
    }
    this.remember(res.headers.getSetCookie());
    const text = await res.text();
    let body: any;
    try {
      body = JSON.parse(text);
    } catch {
      body = { raw: text };
    }
    return { data: body?.data, errors: body?.errors, status: res.status, headers: res.headers, body };
  }

  async login(email: string, password = DEMO_PASSWORD): Promise<GqlResult> {
    return this.gql(`mutation Login($input: LoginInput!) { login(input: $input) { id email name } }`, {
      input: { email, password },
    });
  }

  /** A second client holding the same cookies now (to replay a session after it has ended, say). */
  copy(): GraphqlClient {
    const other = new GraphqlClient(this.url, this.headers);
    for (const [k, v] of this.cookies) other.cookies.set(k, v);
    return other;
  }

  hasSession(): boolean {
    return this.cookies.has('lk_session');
  }

  /** A cookie this client holds (to hand a session to a browser, say). */
  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(setCookies: string[]) {
    for (const line of setCookies) {
      const [pair, ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expires = attrs.map((a) => a.trim()).find((a) => /^expires=/i.test(a));
      const maxAge = attrs.map((a) => a.trim()).find((a) => /^max-age=/i.test(a));
      const expired =
        (expires && Date.parse(expires.slice(8)) <= Date.now()) || (maxAge && Number(maxAge.slice(8)) <= 0);
      if (!value || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

/** undici's "fetch failed", caused by the server closing the connection the request went out on. */
function socketClosed(e: unknown): boolean {
  const cause = (e as { cause?: { code?: string } } | null)?.cause;
  return e instanceof TypeError && cause?.code === 'UND_ERR_SOCKET';
}

/** A document that is plainly queries only (a fragment first, or any mutation in it, counts as not). */
function isQuery(payload: unknown): boolean {
  const query = (payload as { query?: unknown } | null)?.query;
  if (typeof query !== 'string') return false;
  const text = query.replace(/#[^\n]*/g, '').trimStart();
  return (text.startsWith('{') || /^query\b/.test(text)) && !/\b(mutation|subscription)\b/.test(text);
}

/** A fresh client signed in as `email` (demo password unless given); throws if sign-in fails. */
export async function loginAs(email: string, password = DEMO_PASSWORD): Promise<GraphqlClient> {
  const client = new GraphqlClient();
  const res = await client.login(email, password);
  if (res.errors?.length || !client.hasSession()) {
    throw new Error(`Could not sign in as ${email}: ${JSON.stringify(res.errors ?? res.body)}`);
  }
  return client;
}

/** The data of a successful operation; throws with the errors otherwise, so a test reads straight. */
export function ok<T = any>(res: GqlResult<T>): T {
  if (res.errors?.length || !res.data)
    throw new Error(`Expected success, got: ${JSON.stringify(res.errors ?? res.body)}`);
  return res.data;
}

/** The single error of a refused operation (and that nothing came back with it). */
export function refused(res: GqlResult): GqlError {
  if (!res.errors?.length) throw new Error(`Expected an error, got data: ${JSON.stringify(res.data)}`);
  return res.errors[0];
}

/** A suffix that makes names and e-mails unique per run and per call. */
export function unique(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}
