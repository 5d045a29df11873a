import { Fragment } from 'react';

/** The marks the API puts around a match (Unicode private use; the API strips them from what people write). */
const START = '\uE000';
const END = '\uE001';

/**
 * Text from the search API with its matches in <mark>. The text is plain text: React escapes
 * it, and only the marks become elements, so nothing in a title or snippet can be HTML.
 */
export function Highlighted({ text }: { text: string }) {
  const parts = text.split(START);
  return (
    <>
      {parts.map((part, i) => {
        if (i === 0) return <Fragment key={i}>{part.replaceAll(END, '')}</Fragment>;
        const end = part.indexOf(END);
        const hit = end < 0 ? part : part.slice(0, end);
        const rest = end < 0 ? '' : part.slice(end + 1).replaceAll(END, '');
        return (
          <Fragment key={i}>
            <mark className="lk-mark">{hit}</mark>
            {rest}
          </Fragment>
        );
      })}
    </>
  );
}

/** The text without marks (for a document title or an accessible name). */
export const plain = (text: string) => text.replaceAll(START, '').replaceAll(END, '');
