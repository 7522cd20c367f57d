import { describe, expect, it } from 'vitest';
import { listItemsHtml, richTextHtml } from './rich-text';

describe('richTextHtml', () => {
  it('links email addresses with mailto and keeps the full stop outside', () => {
    expect(richTextHtml('Write to privacy@luminaenergy.co.uk.')).toBe(
      'Write to <a href="mailto:privacy@luminaenergy.co.uk">privacy@luminaenergy.co.uk</a>.',
    );
  });

  it('links web addresses over https, off-site ones without a referrer', () => {
    expect(richTextHtml('See www.luminaenergy.co.uk and www.ico.org.uk.')).toBe(
      'See <a href="https://www.luminaenergy.co.uk">www.luminaenergy.co.uk</a> and ' +
        '<a href="https://www.ico.org.uk" rel="noopener noreferrer">www.ico.org.uk</a>.',
    );
  });

  it('escapes every character of the text that HTML would read as markup', () => {
    expect(richTextHtml(`<script>alert("x")</script> & 'quotes'`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 'quotes'",
    );
  });
});

describe('listItemsHtml', () => {
  it('makes one list item per line', () => {
    expect(listItemsHtml(['One & two', 'Email a@b.co'])).toBe(
      '<li>One &amp; two</li><li>Email <a href="mailto:a@b.co">a@b.co</a></li>',
    );
  });
});
