import { createApp } from 'vue';
import GuideFaq from './GuideFaq.vue';

export function mount(container: HTMLElement, onToggle: (id: string, open: boolean) => void): () => void {
  const app = createApp(GuideFaq, { onToggle });
  app.mount(container);
  return () => app.unmount();
}
