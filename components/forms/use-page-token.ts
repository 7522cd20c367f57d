'use client';
// A form on a prerendered page has no token of its own (every visitor would share it). Its script asks
// /forms/token for one once the form comes into view or takes focus, so that the time a person takes
// to fill it in is counted from then. Without JavaScript the server shows the form again with one.
import { type RefObject, useEffect, useState } from 'react';

// `given` is the token the page was rendered with ('' on a prerendered page); `field` is its hidden input.
export function usePageToken(given: string, field: RefObject<HTMLInputElement | null>): string {
  const [fetched, setFetched] = useState('');
  useEffect(() => {
    const form = field.current?.form;
    if (given || !form) return;
    let asked = false;
    const stop = () => {
      observer.disconnect();
      form.removeEventListener('focusin', ask);
    };
    function ask() {
      if (asked) return;
      asked = true;
      stop();
      fetch('/forms/token', { cache: 'no-store' })
        .then((r) => (r.ok ? (r.json() as Promise<{ token?: string }>) : null))
        .then((body) => body?.token && setFetched(body.token))
        .catch(() => undefined);
    }
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && ask());
    observer.observe(form);
    form.addEventListener('focusin', ask);
    return stop;
  }, [given, field]);
  return given || fetched;
}
