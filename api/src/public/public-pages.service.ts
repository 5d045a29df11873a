import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { APP_CONFIG, type AppConfig } from '../core/config/config.js';
import type { SpaPage } from '../core/web/spa.js';
import { escapeHtml, jsonForScript, shorten } from './html.js';
import type { PublicLessonModel } from './models/public-lesson.model.js';
import { PublicLessonsService } from './public-lessons.service.js';
import { PUBLIC_LESSONS_PATH, publicLessonPath, publicOrigin } from './public-origin.js';

const SITE = 'Lærekraft';
const DESCRIPTION_MAX = 200;
const LESSON_PATH = new RegExp(`^${PUBLIC_LESSONS_PATH}/([^/]+)/?$`);

const LIST_TITLE = 'Lærdommer fra kommunene';
const LIST_DESCRIPTION =
  'Hva norske kommuner har prøvd, hva som virket og hva som ikke gjorde det: lærdommer fra forsøk, åpne for alle og som åpne data.';

/**
 * The HTML heads of the public pages, written on the server into the web app's index.html so
 * a link preview or a search engine that runs no script sees the lesson: a real <title>, a
 * description, Open Graph, the canonical URL and JSON-LD. Everything from the database is
 * escaped here. An id that is not a public lesson is a 404 of its own, not the app shell.
 */
@Injectable()
export class PublicPagesService {
  constructor(
    private readonly lessons: PublicLessonsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** For serveWebApp: answers for the public lesson pages, null for every other path. */
  readonly render = async (req: Request): Promise<SpaPage | null> => {
    const path = req.path;
    const origin = publicOrigin(this.config, req);
    if (path === PUBLIC_LESSONS_PATH || path === `${PUBLIC_LESSONS_PATH}/`) return this.listPage(origin);
    const id = LESSON_PATH.exec(path)?.[1];
    if (id === undefined) return null;
    const lesson = await this.lessons.find(decodeURIComponentSafe(id));
    return lesson ? this.lessonPage(origin, lesson) : { status: 404, html: notFoundPage() };
  };

  private listPage(origin: string): SpaPage {
    const url = origin + PUBLIC_LESSONS_PATH;
    return {
      status: 200,
      title: escapeHtml(`${LIST_TITLE} – ${SITE}`),
      head: tags({
        description: LIST_DESCRIPTION,
        url,
        ogTitle: LIST_TITLE,
        ogType: 'website',
        jsonLd: {
          '@context': 'https://schema.org',
          '@type': 'CollectionPage',
          name: LIST_TITLE,
          description: LIST_DESCRIPTION,
          url,
          inLanguage: 'nb',
        },
      }),
    };
  }

  private lessonPage(origin: string, l: PublicLessonModel): SpaPage {
    const url = origin + publicLessonPath(l.id);
    const org = l.organisation.name;
    const description = shorten(
      l.summary.trim() || l.whatWorked.trim() || l.advice.trim() || `En lærdom fra ${org}.`,
      DESCRIPTION_MAX,
    );
    return {
      status: 200,
      title: escapeHtml(`${l.title} – ${org} – ${SITE}`),
      head: tags({
        description,
        url,
        ogTitle: `${l.title} – ${org}`,
        ogType: 'article',
        extra: [
          meta('property', 'article:published_time', l.publishedAt.toISOString()),
          meta('property', 'article:modified_time', l.updatedAt.toISOString()),
          ...l.tags.map((t) => meta('property', 'article:tag', t)),
        ],
        jsonLd: {
          '@context': 'https://schema.org',
          '@type': 'Article',
          headline: l.title,
          description,
          url,
          mainEntityOfPage: url,
          inLanguage: 'nb',
          datePublished: l.publishedAt.toISOString(),
          dateModified: l.updatedAt.toISOString(),
          keywords: l.tags.join(', ') || undefined,
          license: this.config.openDataLicence.url,
          publisher: {
            '@type': l.organisation.kind === 'OTHER' ? 'Organization' : 'GovernmentOrganization',
            name: org,
            ...(l.organisation.kommune ? { areaServed: l.organisation.kommune } : {}),
          },
        },
      }),
    };
  }
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return '';
  }
}

const meta = (attr: 'name' | 'property', key: string, content: string) =>
  `<meta ${attr}="${escapeHtml(key)}" content="${escapeHtml(content)}" />`;

function tags(p: {
  description: string;
  url: string;
  ogTitle: string;
  ogType: 'article' | 'website';
  extra?: string[];
  jsonLd: Record<string, unknown>;
}): string {
  return [
    meta('name', 'description', p.description),
    `<link rel="canonical" href="${escapeHtml(p.url)}" />`,
    meta('property', 'og:site_name', SITE),
    meta('property', 'og:type', p.ogType),
    meta('property', 'og:title', p.ogTitle),
    meta('property', 'og:description', p.description),
    meta('property', 'og:url', p.url),
    meta('property', 'og:locale', 'nb_NO'),
    meta('property', 'og:locale:alternate', 'nn_NO'),
    meta('property', 'og:locale:alternate', 'en_GB'),
    meta('name', 'twitter:card', 'summary'),
    ...(p.extra ?? []),
    '<link rel="alternate" type="text/csv" href="/open/lessons.csv" title="Åpne data (CSV)" />',
    '<link rel="alternate" type="application/json" href="/open/lessons.json" title="Åpne data (JSON)" />',
    // A data block, not a script: the CSP (script-src 'self') does not apply to it, and nothing runs it.
    `<script type="application/ld+json">${jsonForScript(p.jsonLd)}</script>`,
  ]
    .map((t) => `    ${t}`)
    .join('\n');
}

/** A plain page for a lesson that is not public (or not there): a real 404, not indexed. */
export function notFoundPage(): string {
  return `<!doctype html>
<html lang="nb">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>Fant ikke lærdommen – ${SITE}</title>
  </head>
  <body>
    <main>
      <h1>Fant ikke lærdommen</h1>
      <p>Lærdommen finnes ikke, eller den er ikke publisert for alle.</p>
      <p lang="en">This lesson does not exist, or it is not published to the public.</p>
      <ul>
        <li><a href="${PUBLIC_LESSONS_PATH}">Alle offentlige lærdommer</a></li>
        <li><a href="/logg-inn">Logg inn i ${SITE}</a></li>
      </ul>
    </main>
  </body>
</html>
`;
}
