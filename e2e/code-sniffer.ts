// HTML_CodeSniffer (the checker pa11y runs), WCAG 2 AA, as a second opinion beside axe: its errors on
// the current page. It runs inside the page through the browser's debugging protocol, so the page's
// Content-Security-Policy (which would refuse an injected script) stays as it is.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

const SOURCE = readFileSync('node_modules/html_codesniffer/build/HTMLCS.js', 'utf8');

type Message = { type: number; code: string; msg: string; element: Element };
declare const HTMLCS: {
  process: (standard: string, doc: Document, done: () => void) => void;
  getMessages: () => Message[];
};

// Each error as "code: message (the element's start tag)"; warnings and notices are left out.
export async function codeSnifferErrors(page: Page): Promise<string[]> {
  await page.evaluate(SOURCE);
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        HTMLCS.process('WCAG2AA', document, () => {
          const errors = HTMLCS.getMessages().filter((m) => m.type === 1);
          resolve(errors.map((m) => `${m.code}: ${m.msg} (${m.element.outerHTML.slice(0, 160).split('>')[0]}>)`));
        });
      }),
  );
}
