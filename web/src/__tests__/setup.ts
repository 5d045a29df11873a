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
