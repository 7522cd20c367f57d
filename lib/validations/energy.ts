// UK energy identifiers: site postcodes and meter numbers, with their check digits.
import { z } from 'zod';

const POSTCODE =
  /^(GIR ?0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2})$/;

// "me194yt" becomes "ME19 4YT"; anything that is not a UK postcode is refused.
export const ukPostcode = z
  .string({ error: 'Enter the site postcode' })
  .trim()
  .min(1, 'Enter the site postcode')
  .max(10, 'Enter a UK postcode, like ME19 4YT')
  .transform((v) => v.toUpperCase().replace(/\s+/g, ''))
  .refine((v) => POSTCODE.test(v), { message: 'Enter a UK postcode, like ME19 4YT' })
  .transform((v) => `${v.slice(0, -3)} ${v.slice(-3)}`);

const MPAN_PRIMES = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43];

// The MPAN core's 13th digit: the first twelve weighted by primes, summed, mod 11, mod 10.
export function mpanCoreIsValid(core: string): boolean {
  if (!/^\d{13}$/.test(core)) return false;
  const sum = MPAN_PRIMES.reduce((total, prime, i) => total + prime * Number(core[i]), 0);
  return (sum % 11) % 10 === Number(core[12]);
}

// Accepts the 13-digit core or the full 21-character MPAN (top line then core); stores the core.
export const mpan = z
  .string()
  .trim()
  .max(40, 'Enter the MPAN as printed on your bill: 13 digits, or 21 characters with the top line')
  .transform((v) => v.replace(/[\s-]/g, '').toUpperCase())
  .refine((v) => v === '' || /^(\d{2}\d{3}[A-Z0-9]{3})?\d{13}$/.test(v), {
    message: 'Enter the MPAN as printed on your bill: 13 digits, or 21 characters with the top line',
  })
  .refine((v) => v === '' || !/^(\d{2}\d{3}[A-Z0-9]{3})?\d{13}$/.test(v) || mpanCoreIsValid(v.slice(-13)), {
    message: 'This MPAN’s check digit does not match: check the last 13 digits against your bill',
  })
  .transform((v) => v.slice(-13));

// Gas meter point reference: 6 to 10 digits (Xoserve's check digit is not public, so only the form is checked).
export const mprn = z
  .string()
  .trim()
  .max(20, 'Enter the MPRN as printed on your bill: 6 to 10 digits')
  .transform((v) => v.replace(/[\s-]/g, ''))
  .refine((v) => v === '' || /^\d{6,10}$/.test(v), {
    message: 'Enter the MPRN as printed on your bill: 6 to 10 digits',
  });
