// Facts about a request that depend on the load balancer in front of the site, read one way everywhere.

// True when the visitor used HTTPS, directly or through a proxy that says so in X-Forwarded-Proto.
export function isHttps(protocol: string, forwardedProto: string | null): boolean {
  return protocol === 'https:' || forwardedProto === 'https';
}

// The client address: the first X-Forwarded-For entry (set by Next.js or the load balancer), or null.
export function clientIp(forwardedFor: string | null | undefined): string | null {
  return forwardedFor?.split(',')[0]?.trim() || null;
}
