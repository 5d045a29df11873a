/// <reference lib="dom" />
// Matchers such as toBeInTheDocument for the component specs (harmless in the node specs).
import '@testing-library/jest-dom/jest-globals';
import { TextDecoder, TextEncoder } from 'node:util';

// jsdom leaves out what react-router reads at load.
if (typeof globalThis.TextEncoder === 'undefined') Object.assign(globalThis, { TextEncoder, TextDecoder });

// …and what Designsystemet's elements call that jsdom does not implement.
if (typeof document !== 'undefined') {
  const none = () => [] as Animation[];
  if (!document.getAnimations) Object.assign(document, { getAnimations: none });
  if (!Element.prototype.getAnimations) Object.assign(Element.prototype, { getAnimations: none });
}

// A shared CI machine can be slow to render a page: wait up to 10 s for what a test finds
// (findBy…, waitFor) rather than the default 1 s. It only waits longer when something is late.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 10_000 });
}
