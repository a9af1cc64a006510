/** CMS children already freed of the pre-upgrade stylesheet's timeouts: each is looked at once. */
const released = new WeakSet<Element>();

/**
 * Ends the timeouts with which the optional pre-upgrade stylesheet (`dist/cdn/care-elements.css`)
 * collapses a closed answer's content until the elements are defined, or for 3 s. Its rules stop
 * matching on upgrade, which ends them, but Firefox (153) keeps them running on an element that
 * the same update takes into a slot: an answer the reader opened in those seconds, or a link
 * opened, would stay blank until the 3 s are up. Call with a CMS child as it is first shown.
 */
export function releaseFromPreUpgrade(child: Element | undefined): void {
  if (!child || released.has(child)) return;
  released.add(child);
  for (const animation of child.getAnimations({ subtree: true })) {
    if ((animation as CSSAnimation).animationName?.startsWith('care-elements-pre-upgrade-')) animation.cancel();
  }
}
