import { CareFaqAccordion } from 'care-elements/react'; // defines the elements too
import { stemCellInjectionBackPain as guide } from 'care-elements/content/stem-cell-injection-back-pain.js';
import { createElement, useState, type ComponentType } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

export function GuideFaq({ onToggle }: { onToggle?: (id: string, open: boolean) => void }) {
  const [lastOpened, setLastOpened] = useState('');
  return (
    <>
      <CareFaqAccordion
        headingLevel={3}
        toggleAll
        items={guide.faqs?.items}
        onCareFaqToggle={(event) => {
          if (event.detail.open) setLastOpened(event.detail.id);
          onToggle?.(event.detail.id, event.detail.open);
        }}
      />
      <p id="last-opened">{lastOpened}</p>
    </>
  );
}

export function mount(container: HTMLElement, onToggle: (id: string, open: boolean) => void): () => void {
  const root = createRoot(container);
  root.render(<GuideFaq onToggle={onToggle} />);
  return () => root.unmount();
}

export { version as reactVersion } from 'react';
export * as wrappers from 'care-elements/react';

/** Renders one component with the given props, for the test that every element has a wrapper. */
export function mountComponent<P extends object>(container: HTMLElement, component: ComponentType<P>, props: P): () => void {
  const root = createRoot(container);
  flushSync(() => root.render(createElement(component, props)));
  return () => root.unmount();
}
