import renderWithPreact from '@astrojs/preact/client.js';
import { reviveProps } from '../../lib/export/astroProps';

/*
 * The downloadable copy's one classic script: what Astro's island script and the pages' module scripts do
 * online, for pages opened from files, where browsers refuse module scripts. It runs in <head>, before Astro's
 * own island script, so this <astro-island> is the one defined (Astro's defines itself only if none is).
 * Everything else follows Astro: the client directives are Astro's own inline scripts (visible, idle, only…,
 * on window.Astro), props are revived as Astro does, and the islands render through @astrojs/preact's client.
 */

type Module = Record<string, unknown>;
type Hydrate = () => Promise<void>;
/** A client directive as Astro's inline directive scripts define it: when to call `load`, then hydrate. */
type Directive = (load: () => Promise<Hydrate>, options: unknown, element: HTMLElement) => unknown;

const directives = () => (window as unknown as { Astro?: Record<string, Directive> }).Astro ?? {};

/** Defines <astro-island>, loading each island's component by the key the exporter wrote into it. */
export function defineIslands(components: Record<string, () => Promise<Module>>): void {
  class FileEditionIsland extends HTMLElement {
    Component: unknown;

    connectedCallback(): void {
      // Like Astro: an island with children waits until they are parsed (its "astro:end" comment, or the end of the document).
      if (!this.hasAttribute('await-children') || document.readyState !== 'loading') {
        void this.start();
        return;
      }
      const childrenParsed = () => {
        document.removeEventListener('DOMContentLoaded', childrenParsed);
        observer.disconnect();
        void this.start();
      };
      const observer = new MutationObserver(() => {
        if (this.lastChild?.nodeType === Node.COMMENT_NODE && this.lastChild.nodeValue === 'astro:end') {
          this.lastChild.remove();
          childrenParsed();
        }
      });
      observer.observe(this, { childList: true });
      document.addEventListener('DOMContentLoaded', childrenParsed);
    }

    async start(): Promise<void> {
      const directive = this.getAttribute('client') ?? 'load';
      const key = this.getAttribute('component-key') ?? '';
      const when = directives()[directive];
      if (!when) {
        // Astro's directive script for this island comes later in the page.
        window.addEventListener(`astro:${directive}`, () => void this.start(), { once: true });
        return;
      }
      try {
        await when(
          async () => {
            const load = components[key];
            if (!load) throw new Error(`the downloadable copy has no island component "${key}"`);
            const module = await load();
            const exported = this.getAttribute('component-export') || 'default';
            this.Component = exported.split('.').reduce<unknown>((value, part) => (value as Module)[part], module);
            return this.hydrate;
          },
          JSON.parse(this.getAttribute('opts') ?? '{}'),
          this,
        );
      } catch (error) {
        console.error(`[astro-island] Error hydrating ${key}`, error);
      }
    }

    hydrate = async (): Promise<void> => {
      if (!this.isConnected) return;
      const parentIsland = this.parentElement?.closest('astro-island[ssr]');
      if (parentIsland) {
        parentIsland.addEventListener('astro:hydrate', () => void this.hydrate(), { once: true });
        return;
      }
      // Children rendered on the server, as Astro hands them to the renderer: templates for named slots, <astro-slot> otherwise.
      const slots: Record<string, string> = {};
      for (const template of this.querySelectorAll('template[data-astro-template]')) {
        if (template.closest('astro-island') !== this) continue;
        slots[template.getAttribute('data-astro-template') || 'default'] = template.innerHTML;
        template.remove();
      }
      for (const slot of this.querySelectorAll('astro-slot')) {
        if (slot.closest('astro-island') !== this) continue;
        slots[slot.getAttribute('name') || 'default'] = slot.innerHTML;
      }
      const props = reviveProps(this.getAttribute('props'));
      await renderWithPreact(this)(this.Component, props, slots, { client: this.getAttribute('client') ?? 'load' });
      this.removeAttribute('ssr');
      this.dispatchEvent(new CustomEvent('astro:hydrate'));
    };
  }
  customElements.define('astro-island', FileEditionIsland);
}

/**
 * Runs the page scripts this page had online, named by the exporter on this script's element, in their order
 * and once the document is parsed, as module scripts run.
 */
export function runPageScripts(scripts: Record<string, () => Promise<unknown>>): void {
  const names = (document.currentScript?.dataset['pageScripts'] ?? '').split(' ').filter(Boolean);
  const run = async () => {
    for (const name of names) {
      const load = scripts[name];
      if (!load) console.error(`the downloadable copy has no page script "${name}"`);
      else await load().catch((error: unknown) => console.error(`page script ${name} failed:`, error));
    }
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => void run(), { once: true });
  else void run();
}
