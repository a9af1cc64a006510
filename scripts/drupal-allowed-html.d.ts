interface Manifest {
  modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
}

/** The Drupal allowed-tags line for a custom-elements.json manifest: each element with its attributes and `id`. */
export function drupalAllowedHtml(manifest: Manifest): string;
