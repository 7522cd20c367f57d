// Newsletter bodies are written in Markdown: rendered to email HTML with markdown-it, which escapes
// any HTML typed into the text and refuses javascript: and similar links. The plain-text part comes
// from the same parse (markdown-it's tokens), never from regular expressions over the Markdown.
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: true, typographer: true, breaks: false });

type Token = ReturnType<typeof md.parse>[number];

// The HTML part's body (without the branded frame, which renderEmail adds).
export function markdownToHtml(markdown: string): string {
  return md.render(markdown);
}

// Both parts of a newsletter from one parse.
export function markdownParts(markdown: string): { html: string; text: string } {
  const tokens = md.parse(markdown, {});
  return { html: md.renderer.render(tokens, md.options, {}), text: tokensToText(tokens) };
}

// A link whose text already is its address (a bare URL, linkified) is not spelled out twice.
const sameAsLabel = (href: string, label: string) =>
  [label, `http://${label}`, `https://${label}`, `mailto:${label}`].includes(href);

// One paragraph's or heading's text, with each link's address after its words.
function inlineText(tokens: Token[]): string {
  let out = '';
  const open: { href: string; at: number }[] = [];
  for (const t of tokens) {
    if (t.type === 'text' || t.type === 'code_inline') out += t.content;
    else if (t.type === 'softbreak' || t.type === 'hardbreak') out += '\n';
    else if (t.type === 'image') out += t.attrGet('src') ? `${t.content} (${t.attrGet('src')})` : t.content;
    else if (t.type === 'link_open') open.push({ href: String(t.attrGet('href') ?? ''), at: out.length });
    else if (t.type === 'link_close') {
      const link = open.pop();
      if (link?.href && !sameAsLabel(link.href, out.slice(link.at))) out += ` (${link.href})`;
    }
  }
  return out;
}

// The plain-text part: headings, paragraphs, lists and quotes laid out as text, links spelled out.
export function markdownToText(markdown: string): string {
  return tokensToText(md.parse(markdown, {}));
}

function tokensToText(tokens: Token[]): string {
  const blocks: string[] = [];
  const lists: { ordered: boolean; n: number }[] = [];
  let marker: string | null = null;
  let quotes = 0;
  let joinTight = false;
  const emit = (text: string) => {
    const first = marker ?? (lists.length ? '   ' : '');
    const indent = '   '.repeat(Math.max(0, lists.length - 1));
    const quote = '> '.repeat(quotes);
    const lines = text.split('\n').map((line, i) => `${quote}${indent}${i ? ' '.repeat(first.length) : first}${line}`);
    blocks.push(`${blocks.length ? (joinTight && lists.length ? '\n' : '\n\n') : ''}${lines.join('\n')}`);
    marker = null;
    joinTight = lists.length > 0;
  };
  for (const t of tokens) {
    if (t.type === 'bullet_list_open' || t.type === 'ordered_list_open')
      lists.push({ ordered: t.type === 'ordered_list_open', n: Number(t.attrGet('start') ?? 1) - 1 });
    else if (t.type === 'bullet_list_close' || t.type === 'ordered_list_close') {
      lists.pop();
      joinTight = false;
    } else if (t.type === 'list_item_open') {
      const list = lists.at(-1)!;
      marker = list.ordered ? `${++list.n}. ` : '- ';
    } else if (t.type === 'blockquote_open') quotes++;
    else if (t.type === 'blockquote_close') quotes--;
    else if (t.type === 'inline') emit(inlineText(t.children ?? []));
    else if (t.type === 'fence' || t.type === 'code_block') emit(t.content.replace(/\n$/, ''));
    else if (t.type === 'hr') emit('----');
  }
  return blocks.join('').trim();
}
