import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { initI18n } from '../../renderer/src/i18n';

initI18n('id');

// findBy*/waitFor wait up to 4 s, not 1 s: on a loaded 2-core CI machine a Mantine menu can take longer to
// open, and a wrong screen still fails (it never shows the element), only later.
configure({ asyncUtilTimeout: 4000 });

// jsdom lacks the layout APIs Mantine asks for.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
window.ResizeObserver = ResizeObserverStub;
window.HTMLElement.prototype.scrollIntoView = () => undefined;
// Nor a FontFaceSet, which Mantine's autosizing Textarea listens to. Its fonts are 'loaded', as
// with no FontFaceSet at all, so the document preview measures at once.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    value: {
      status: 'loaded',
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      ready: Promise.resolve(),
    },
  });
}
// Nor rectangles: ProseMirror's caret scrolling asks ranges for them.
Object.assign(Range.prototype, {
  getClientRects: () => [] as unknown as DOMRectList,
  getBoundingClientRect: () => new DOMRect(),
});

afterEach(() => {
  cleanup();
  // Forms keep drafts in localStorage (lib/formDrafts.ts); one test's typing must not reach the next.
  localStorage.clear();
});
