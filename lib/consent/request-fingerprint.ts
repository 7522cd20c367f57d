// The truncated IP and user-agent hashes for one request.
import { clientIp } from '../security/request-facts';
import { saltedHash, truncateIp } from './fingerprint';

// Hashes of the truncated client address and the user agent, kept with a consent record.
export function fingerprintRequest(salt: string, forwardedFor: string | null, userAgent: string | null) {
  const ip = clientIp(forwardedFor);
  return { ipHash: saltedHash(salt, ip && truncateIp(ip)), uaHash: saltedHash(salt, userAgent?.slice(0, 512)) };
}
