// Policy prose as HTML, with its email addresses and web addresses as working links. The policy page
// sends each paragraph and list as one string of HTML, so the browser has a few hundred fewer elements
// to hydrate; every character of the text is escaped (markdown-it's escaper), only the links are markup.
import MarkdownIt from 'markdown-it';

const { escapeHtml } = new MarkdownIt().utils;

const LINKABLE = /([\w.+-]+@[\w-]+(?:\.[\w-]+)+|www\.[\w-]+(?:\.[\w-]+)+)/g;

// One email or web address as a link; a web address off the site's own domain opens without a referrer.
function link(address: string): string {
  const email = address.includes('@');
  const href = email ? `mailto:${address}` : `https://${address}`;
  const external = !email && !address.endsWith('luminaenergy.co.uk');
  return `<a href="${escapeHtml(href)}"${external ? ' rel="noopener noreferrer"' : ''}>${escapeHtml(address)}</a>`;
}

// A line of policy text as HTML; trailing full stops stay outside the link.
export function richTextHtml(text: string): string {
  return text
    .split(LINKABLE)
    .map((part, i) => (i % 2 === 0 ? escapeHtml(part) : link(part)))
    .join('');
}

// A list of policy lines as the inside of a <ul>.
export function listItemsHtml(items: readonly string[]): string {
  return items.map((item) => `<li>${richTextHtml(item)}</li>`).join('');
}
