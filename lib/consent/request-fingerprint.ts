// The truncated IP and user-agent hashes for one request.
import { saltedHash, truncateIp } from './fingerprint';

// The client address is the first X-Forwarded-For entry (set by Next.js or the load balancer).
export function fingerprintRequest(salt: string, forwardedFor: string | null, userAgent: string | null) {
  const ip = forwardedFor?.split(',')[0]?.trim() ?? '';
  return { ipHash: saltedHash(salt, truncateIp(ip)), uaHash: saltedHash(salt, userAgent?.slice(0, 512)) };
}
