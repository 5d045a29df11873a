import { readFileSync, readdirSync } from 'node:fs';
import type { ReactElement } from 'react';
import { i18n } from '../i18n/useTranslation';
import type { Tree } from '../i18n/translator';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { render } from '@testing-library/react';
import { ApolloClient, ApolloLink } from '@apollo/client';
import { Observable } from 'rxjs';
import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { CLIENT_OPTIONS, createCache } from '../app/apollo-cache';

/** Every section of bokmål (src/i18n/nb/<section>.json), as one bundle: a test needs no loading. */
const nbDir = new URL('../i18n/nb/', import.meta.url);
const nb = Object.fromEntries(
  readdirSync(nbDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f.slice(0, -'.json'.length), JSON.parse(readFileSync(new URL(f, nbDir), 'utf8')) as Tree]),
);

/** Bokmål, as a reader without a chosen language sees the app. */
export function initTestI18n() {
  for (const [section, tree] of Object.entries(nb)) i18n.addSection('nb', section, tree);
  i18n.changeLanguage('nb');
  return Promise.resolve();
}

export type Mock = MockLink.MockedResponse;

/**
 * A client like the app's (its cache policies, data masking) whose link is MockLink, the link
 * behind Apollo's MockedProvider: each mock answers one operation the component sends, and an
 * operation nobody mocked fails the render. (MockedProvider itself cannot turn data masking on.)
 */
export function mockClient(mocks: ReadonlyArray<Mock>, hold?: Hold) {
  const mockLink = new MockLink(mocks);
  const link = hold ? ApolloLink.from([holding(hold), mockLink]) : mockLink;
  return new ApolloClient({ ...CLIENT_OPTIONS, cache: createCache(), link });
}

/** Keeps the answer to one operation back until the test releases it (to see what shows before). */
export interface Hold {
  operation: string;
  until: Promise<unknown>;
}

function holding({ operation, until }: Hold) {
  return new ApolloLink(
    (op, forward) =>
      new Observable((observer) => {
        let sub: { unsubscribe(): void } | null = null;
        const start = () => (sub = forward(op).subscribe(observer));
        if (op.operationName === operation) void until.then(start);
        else start();
        return () => sub?.unsubscribe();
      }) as never,
  );
}

/** A promise and the function that settles it. */
export function gate() {
  let open!: () => void;
  const until = new Promise<void>((resolve) => (open = resolve));
  return { until, open };
}

/** Renders a page at `path` (matched by `route`) against `mocks`. */
export async function renderPage(
  ui: ReactElement,
  {
    path,
    route = path,
    mocks,
    hold,
    before,
  }: {
    path: string;
    route?: string;
    mocks: ReadonlyArray<Mock>;
    hold?: Hold;
    /** Fills the cache first, as the app's shell does (RequireAuth reads `me` before any page). */
    before?: (client: ApolloClient) => Promise<unknown>;
  },
) {
  await initTestI18n();
  const client = mockClient(mocks, hold);
  await before?.(client);
  const view = render(
    <ApolloProvider client={client}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path={route} element={ui} />
        </Routes>
      </MemoryRouter>
    </ApolloProvider>,
  );
  return { ...view, client };
}
