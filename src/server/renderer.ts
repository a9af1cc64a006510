import { createHash } from 'node:crypto';
import { LitElementRenderer, type RenderInfo } from '@lit-labs/ssr';

/** What one render wrote into its shadow roots' `<style>` elements. */
export interface StyleLog {
  nonce?: string;
  /** CSP source expressions, `'sha256-…'`, one per distinct style block. */
  hashes: Set<string>;
}

const hashes = new Map<string, string>();

/** The CSP hash source of a style block's text, computed once per distinct text. */
function styleHash(css: string): string {
  let hash = hashes.get(css);
  if (!hash) hashes.set(css, (hash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`));
  return hash;
}

/**
 * Lit's element renderer, but every `<style>` it writes into a declarative shadow root carries the
 * render's nonce, and the hash of each style block is logged for a `style-src` that lists hashes.
 */
export function rendererFor(log: StyleLog): typeof LitElementRenderer {
  return class CareElementRenderer extends LitElementRenderer {
    override renderShadow(renderInfo: RenderInfo) {
      const result = super.renderShadow(renderInfo);
      // Lit writes the element's styles as '<style>', each style's text, '</style>', then the template.
      if (result?.[0] !== '<style>') return result;
      const end = result.indexOf('</style>');
      log.hashes.add(styleHash(result.slice(1, end).join('')));
      if (log.nonce) result[0] = `<style nonce="${log.nonce}">`;
      return result;
    }
  };
}
