// Newsletter bodies are written in Markdown: rendered to email HTML with markdown-it, which escapes
// any HTML typed into the text and refuses javascript: and similar links.
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: true, typographer: true, breaks: false });

// The HTML part's body (without the branded frame, which renderEmail adds).
export function markdownToHtml(markdown: string): string {
  return md.render(markdown);
}

// The plain-text part: the Markdown itself reads well as text once links show their address.
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\(([^)\s]+)[^)]*\)/g, '$1 ($2)')
    .replace(/\[([^\]]+)\]\(([^)\s]+)[^)]*\)/g, '$1 ($2)')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/\*\*([^*]+)\*\*|__([^_]+)__/g, '$1$2')
    .trim();
}
