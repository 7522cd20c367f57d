// Email HTML built from tagged templates: every interpolated value is escaped unless it is itself
// built with `html`, so a name like <script> arrives as text, never as markup.
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export class SafeHtml {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}

// Escapes text for use in HTML content or a quoted attribute.
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

type Part = SafeHtml | string | number | null | undefined | false | readonly Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof SafeHtml) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

// The only way to make markup for an email: literal parts are trusted, values are escaped.
export function html(strings: TemplateStringsArray, ...values: Part[]): SafeHtml {
  return new SafeHtml(strings.reduce((out, s, i) => out + s + (i < values.length ? render(values[i]) : ''), ''));
}

// Markup produced elsewhere by a trusted renderer (e.g. sanitised Markdown); never for user input.
export function trustedHtml(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
