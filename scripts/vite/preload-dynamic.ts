import type { OutputBundle, OutputChunk } from 'rollup';
import type { HtmlTagDescriptor, Plugin } from 'vite';

/** What a chunk brings: the chunk, every chunk it imports statically, and their CSS. */
function closure(bundle: OutputBundle, file: string, seen = new Set<string>()): Set<string> {
  const chunk = bundle[file];
  if (seen.has(file) || chunk?.type !== 'chunk') return seen;
  seen.add(file);
  for (const css of (chunk as OutputChunk & { viteMetadata?: { importedCss: Set<string> } })
    .viteMetadata?.importedCss ?? [])
    seen.add(css);
  for (const dep of chunk.imports) closure(bundle, dep, seen);
  return seen;
}

/**
 * Names in a page's HTML the chunks (and CSS) of a module its entry imports dynamically,
 * so the browser fetches and compiles them while the entry's own scripts load and run,
 * instead of after: the side panel's entry asks for the first reading and only then
 * imports its React tree (docs/ARCHITECTURE.md, side panel). `modulepreload` only
 * fetches and compiles; nothing runs before the entry imports it. The CSS becomes a
 * stylesheet of the page: parsed while the scripts load, instead of inserted by the
 * import (Vite's preload helper), which held up the React tree's first render.
 */
export function preloadDynamic(moduleSuffix: string): Plugin {
  return {
    name: 'criba:preload-dynamic',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk }) {
        if (!bundle || !chunk) return;
        const target = chunk.dynamicImports.find((file) => {
          const c = bundle[file];
          return c?.type === 'chunk' && c.moduleIds.some((id) => id.endsWith(moduleSuffix));
        });
        if (!target) return;
        const tags: HtmlTagDescriptor[] = [];
        for (const file of closure(bundle, target)) {
          // Already named by the page (the entry's own imports).
          if (file === chunk.fileName || chunk.imports.includes(file)) continue;
          tags.push({
            tag: 'link',
            injectTo: 'head',
            attrs: file.endsWith('.css')
              ? { rel: 'stylesheet', href: `/${file}` }
              : { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
          });
        }
        return tags;
      },
    },
  };
}
