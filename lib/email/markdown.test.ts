import { describe, expect, it } from 'vitest';
import { markdownToHtml, markdownToText } from './markdown';

describe('newsletter Markdown', () => {
  it('renders headings, emphasis, lists and links', () => {
    const html = markdownToHtml('# Winter prices\n\nFixed rates are **down**.\n\n- Gas\n- Electricity\n\n[Get a quote](https://www.luminaenergy.co.uk/quote)');
    expect(html).toContain('<h1>Winter prices</h1>');
    expect(html).toContain('<strong>down</strong>');
    expect(html).toContain('<li>Gas</li>');
    expect(html).toContain('<a href="https://www.luminaenergy.co.uk/quote">Get a quote</a>');
  });

  it('escapes HTML typed into the text and drops script links', () => {
    const html = markdownToHtml('<script>alert(1)</script> <img src=x onerror=alert(1)>\n\n[click](javascript:alert(1))');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('href="javascript:');
  });

  it('gives a plain-text part with link addresses spelled out', () => {
    expect(markdownToText('## News\n\nRead **this**: [our blog](https://example.com/blog).')).toBe('News\n\nRead this: our blog (https://example.com/blog).');
  });
});
