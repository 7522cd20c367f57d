// Where sign-in may send someone back to: a back-office path on this site, never another site.

const ADMIN_PATH = /^\/admin(\/[\w\-/?=&%.]*)?$/;

// The path itself if it is a safe back-office path, otherwise null.
export function adminReturnPath(path: string | null | undefined): string | null {
  return path && ADMIN_PATH.test(path) && !path.startsWith('//') ? path : null;
}

// A sign-in page's address that brings the person back to `path` afterwards, if that is a safe one.
export function withReturnPath(page: string, path: string | null | undefined): string {
  const back = adminReturnPath(path);
  return back ? `${page}?next=${encodeURIComponent(back)}` : page;
}
