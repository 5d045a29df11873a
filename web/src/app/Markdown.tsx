import { lazy, Suspense } from 'react';

// The Markdown parser is the largest library of the app; it loads when a page first shows
// Markdown, and until then the text is shown as written.
const MarkdownRenderer = lazy(() => import('./MarkdownRenderer'));

/** Text people wrote in Markdown (see MarkdownRenderer for what is allowed). */
export function Markdown({ text }: { text: string }) {
  return (
    <Suspense
      fallback={
        <div className="lk-markdown lk-pre" aria-busy="true">
          {text}
        </div>
      }
    >
      <MarkdownRenderer text={text} />
    </Suspense>
  );
}
