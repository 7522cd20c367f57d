// What Next.js reads from a post before any action of ours runs: a form's action reference and bound
// state (no JavaScript), and a call's arguments (JavaScript). Next.js parses each as JSON and answers
// 500 when it is not; the post guard refuses such a post with a 400.

const REFERENCE = /^\$ACTION_REF_(\d+)$/;
const BOUND_PART = /^\$ACTION_(\d+):\d+$/;

function parses(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

// True when a no-JavaScript form's reference to its action, or its bound state, is not what Next.js can read.
function damagedFormReference(form: FormData): boolean {
  for (const [key, value] of form) {
    const reference = REFERENCE.exec(key)?.[1];
    if (reference !== undefined) {
      const head = form.get(`$ACTION_${reference}:0`);
      const info = typeof head === 'string' ? parses(head) : undefined;
      if (typeof info !== 'object' || info === null || typeof (info as { id?: unknown }).id !== 'string') return true;
    }
    if (BOUND_PART.test(key) && (typeof value !== 'string' || parses(value) === undefined)) return true;
  }
  return false;
}

/** What the guard knows of a post: its headers, its form (when it is one), else its body as text. */
export type PostEnvelope = { headers: Headers; form: FormData | null; text: string | null };

// True when Next.js could not read the post's action envelope (and would answer 500).
export function damagedEnvelope({ headers, form, text }: PostEnvelope): boolean {
  if (headers.get('next-action') === null) return form !== null && damagedFormReference(form);
  // A call's arguments: the form's field "0" when it has one, else the whole body.
  const args = form ? form.get('0') : text;
  if (args === null) return false;
  return typeof args !== 'string' || parses(args) === undefined;
}
