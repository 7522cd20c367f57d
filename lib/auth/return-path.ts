// Where sign-in may send someone back to: a back-office path on this site, never another site.

const ADMIN_PATH = /^\/admin(\/[\w\-/?=&%.]*)?$/;

// The path itself if it is a safe back-office path, otherwise null.
export function adminReturnPath(path: string | null | undefined): string | null {
  return path && ADMIN_PATH.test(path) && !path.startsWith('//') ? path : null;
}
