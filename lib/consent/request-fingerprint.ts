// The truncated IP and user-agent hashes for one request.
import { saltedHash, truncateIp } from './fingerprint';

// Hashes of the truncated client address (lib/security/request-facts.ts) and the user agent.
export function fingerprintRequest(salt: string, ip: string | null, userAgent: string | null) {
  return { ipHash: saltedHash(salt, ip && truncateIp(ip)), uaHash: saltedHash(salt, userAgent?.slice(0, 512)) };
}
