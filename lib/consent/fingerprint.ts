// Truncated, salted hashes of the IP address and user agent stored with a consent record: enough
// to tell records apart as evidence, never enough to identify the visitor.
import { createHash } from 'node:crypto';
import { isIP } from 'node:net';

// Drops the host part: the last octet of IPv4, everything after the /48 prefix of IPv6.
export function truncateIp(ip: string): string | null {
  const trimmed = ip.trim();
  const mapped = trimmed.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  if (isIP(mapped) === 4) return mapped.replace(/\.\d+$/, '.0');
  if (isIP(trimmed) === 6) {
    const [head = '', tail = ''] = trimmed.toLowerCase().split('::');
    const groups = head ? head.split(':') : [];
    const missing = 8 - groups.length - (tail ? tail.split(':').length : 0);
    const full = [
      ...groups,
      ...Array.from({ length: Math.max(missing, 0) }, () => '0'),
      ...(tail ? tail.split(':') : []),
    ];
    return `${full.slice(0, 3).join(':')}::/48`;
  }
  return null;
}

// First 16 hex characters of sha256(salt, value), or null when there is nothing to hash.
export function saltedHash(salt: string, value: string | null | undefined): string | null {
  if (!value) return null;
  return createHash('sha256').update(`${salt}\u0000${value}`).digest('hex').slice(0, 16);
}
