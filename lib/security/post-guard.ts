// Refuses a form post before Next.js sees it when it would otherwise answer with a 500: posts from
// another site (or with `Origin: null`), bodies larger than any form of ours needs, and bodies that
// say they are a form but cannot be read as one.

export const MAX_FORM_BODY_BYTES = 64 * 1024;
/** The back office's newsletter editor and subscriber import post long texts. */
export const MAX_LONG_FORM_BODY_BYTES = 512 * 1024;

export type PostRefusal = { status: 400 | 403 | 411 | 413; title: string; message: string };

export type PostFacts = {
  origin: string | null;
  /** The host the visitor used: X-Forwarded-Host behind a load balancer, else Host. */
  host: string | null;
  contentLength: string | null;
  /** Defaults to MAX_FORM_BODY_BYTES. */
  maxBytes?: number;
};

// null when the post may go on.
export function refusePost({ origin, host, contentLength, maxBytes = MAX_FORM_BODY_BYTES }: PostFacts): PostRefusal | null {
  if (origin !== null) {
    let originHost: string | null = null;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = null;
    }
    if (!originHost || originHost !== host) {
      return { status: 403, title: 'Form not sent', message: 'Forms on this site can only be sent from this site. Please open the page again and send it from there.' };
    }
  }
  if (contentLength === null) {
    return { status: 411, title: 'Form not sent', message: 'Your browser sent the form without saying how long it is. Please try again.' };
  }
  if (!/^\d+$/.test(contentLength) || Number(contentLength) > maxBytes) {
    return { status: 413, title: 'Form not sent', message: 'The form was too large to accept. Please shorten your answers and try again.' };
  }
  return null;
}

const FORM_TYPES = /^\s*(multipart\/form-data|application\/x-www-form-urlencoded)\b/i;

/** What a damaged form body is told (Next.js answered it with a 500). */
export const UNREADABLE_FORM: PostRefusal = {
  status: 400,
  title: 'Form not sent',
  message: 'The form arrived damaged or incomplete, so nothing was saved. Please open the page again and send it from there.',
};

// Whether a post that says it is a form cannot be read as one; `read` parses a copy of the body.
export async function unreadableForm(contentType: string | null, read: () => Promise<unknown>): Promise<boolean> {
  if (!contentType || !FORM_TYPES.test(contentType)) return false;
  try {
    await read();
    return false;
  } catch {
    return true;
  }
}
