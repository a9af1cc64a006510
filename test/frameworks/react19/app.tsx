import 'care-elements'; // defines every care-* element before React renders
import type {} from 'care-elements/types/jsx'; // types them in JSX
import { stemCellInjectionBackPain as guide } from 'care-elements/content/stem-cell-injection-back-pain.js';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

export function GuideFaq({ onToggle }: { onToggle?: (id: string, open: boolean) => void }) {
  const [lastOpened, setLastOpened] = useState('');
  return (
    <>
      <care-faq-accordion
        heading-level={3}
        toggle-all
        items={guide.faqs?.items}
        oncare-faq-toggle={(event) => {
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
