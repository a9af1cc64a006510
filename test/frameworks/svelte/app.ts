import { mount as mountComponent, unmount } from 'svelte';
import GuideFaq from './GuideFaq.svelte';

export function mount(container: HTMLElement, onToggle: (id: string, open: boolean) => void): () => void {
  const component = mountComponent(GuideFaq, { target: container, props: { ontoggle: onToggle } });
  return () => void unmount(component);
}
