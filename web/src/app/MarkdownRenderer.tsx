import ReactMarkdown, { type Components } from 'react-markdown';

// Entries sit under an h4; their own headings must not compete with the page's outline (one h1, sections in h2).
const components: Components = {
  h1: ({ children }) => <h5>{children}</h5>,
  h2: ({ children }) => <h6>{children}</h6>,
  h3: ({ children }) => <h6>{children}</h6>,
  h4: ({ children }) => <h6>{children}</h6>,
  h5: ({ children }) => <h6>{children}</h6>,
  h6: ({ children }) => <h6>{children}</h6>,
  a: ({ href, children }) => (
    <a href={href} rel="noopener noreferrer nofollow">
      {children}
    </a>
  ),
};

/**
 * Text people wrote in Markdown. Raw HTML is dropped (no rehype-raw) and react-markdown's
 * default URL filter removes `javascript:` and other unsafe links; images are not shown.
 */
export default function MarkdownRenderer({ text }: { text: string }) {
  return (
    <div className="lk-markdown">
      <ReactMarkdown skipHtml disallowedElements={['img']} unwrapDisallowed components={components}>
        {text}
      </ReactMarkdown>
    </div>
  );
}
