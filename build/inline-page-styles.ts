import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const LINKED_SHEET = /<link rel="stylesheet"(?: crossorigin)? href="\/([^"]+\.css)">/g;

/**
 * Writes each page's stylesheets into the page as <style> elements. A stylesheet linked
 * from the head holds the first paint until it arrives, and extension files arrive with
 * the page's scripts: the page's frame, already in its HTML, could not show before they
 * ran. A stylesheet a script may still load stays a file and a link: inlined and loaded
 * again, its rules would come twice and out of order. Runs on the written files, once
 * every script's final text (with its list of files to preload) is known. The stylesheet
 * files stay where the build put them: the build's summary lists them.
 */
export function inlinePageStyles(): Plugin {
  return {
    name: 'steady:inline-page-styles',
    writeBundle(options, bundle) {
      const dir = options.dir;
      if (!dir) return;
      const scripts = Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [file.code] : []));
      const loadedByScript = (fileName: string) => scripts.some((code) => code.includes(fileName));
      const pages = Object.keys(bundle).filter((fileName) => fileName.endsWith('.html'));
      for (const page of pages) {
        const html = readFileSync(join(dir, page), 'utf8').replace(LINKED_SHEET, (link, fileName: string) => {
          const rules = bundle[fileName]?.type === 'asset' ? readFileSync(join(dir, fileName), 'utf8') : undefined;
          if (rules === undefined || rules.includes('</style') || loadedByScript(fileName)) return link;
          return `<style>${rules}</style>`;
        });
        writeFileSync(join(dir, page), html);
      }
    },
  };
}
