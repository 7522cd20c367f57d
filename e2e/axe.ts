// One accessibility scan for every browser test: axe with the WCAG 2.0, 2.1 and 2.2 A and AA rules and its
// best practices. (HTML_CodeSniffer, in code-sniffer.ts, is the second opinion.)
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];

// What axe finds wrong on the page as it stands now: [] when it passes. Each scan takes seconds on two cores.
export async function axe(page: Page) {
  return (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations;
}
