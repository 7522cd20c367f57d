// Request a Quote (business energy): one schema for the browser and the server action.
import { z } from 'zod';
import { checkbox, email, formMeta, longText, text, ukPhone } from './common';
import { mpan, mprn, ukPostcode } from './energy';

// 10000000 as "10,000,000". Not toLocaleString: its first call starts ICU's number formatting, which cost
// a phone (Lighthouse's 4× slowdown) 45 ms of the 130 ms it took to build this schema in the browser.
function grouped(n: number): string {
  const digits = String(n);
  let out = '';
  for (let i = 0; i < digits.length; i++) out += (i > 0 && (digits.length - i) % 3 === 0 ? ',' : '') + digits[i];
  return out;
}

// Whole numbers only; "12,500" and "£12,500" are read as 12500.
const amount = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(20, `Enter ${label} as a whole number`)
    .transform((v) => v.replace(/[£,\s]/g, '').replace(/kwh$/i, ''))
    .refine((v) => v === '' || /^\d+$/.test(v), { message: `Enter ${label} as a whole number, like 12500` })
    .transform((v) => (v === '' ? null : Number(v)))
    .refine((v) => v === null || (v >= 1 && v <= max), {
      message: `Enter ${label} between 1 and ${grouped(max)}`,
    });

const contractEnd = z
  .string()
  .trim()
  .max(10, 'Enter the contract end date as a date, like 31/03/2027')
  .refine(
    (v) =>
      v === '' ||
      (/^\d{4}-\d{2}-\d{2}$/.test(v) &&
        !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
        new Date(`${v}T00:00:00Z`).toISOString().startsWith(v)),
    {
      message: 'Enter a real contract end date, like 31/03/2027',
    },
  )
  .refine((v) => v === '' || withinYears(v, 1, 5), {
    message: 'Enter a contract end date between a year ago and five years from now',
  })
  .transform((v) => (v === '' ? null : v));

function withinYears(isoDate: string, back: number, ahead: number): boolean {
  const date = Date.parse(`${isoDate}T00:00:00Z`);
  const year = 365.25 * 24 * 3_600_000;
  return date >= Date.now() - back * year && date <= Date.now() + ahead * year;
}

export const quoteSchema = z
  .object({
    companyName: text('Company name', 150),
    contactName: text('Your name', 100),
    email,
    phone: ukPhone.refine((v) => v !== '', { message: 'Enter a phone number, like 01732 123456' }).prefault(''),
    sitePostcode: ukPostcode,
    supplyType: z.enum(['ELECTRICITY', 'GAS', 'BOTH'], { error: 'Choose the supply the quote is for' }),
    currentSupplier: text('Current supplier', 100, { required: false }).default(''),
    contractEndDate: contractEnd.prefault(''),
    annualSpendGbp: amount('your annual spend in pounds', 10_000_000).prefault(''),
    annualUsageKwh: amount('your annual usage in kWh', 100_000_000).prefault(''),
    mpan: mpan.prefault(''),
    mprn: mprn.prefault(''),
    message: longText('Your message', 3_000, { required: false }).default(''),
    marketingOptIn: checkbox.default(false),
    ...formMeta,
  })
  .refine((v) => v.annualSpendGbp !== null || v.annualUsageKwh !== null, {
    path: ['annualSpendGbp'],
    message: 'Enter your approximate annual spend or usage, so we can compare prices',
  })
  .refine((v) => v.mpan === '' || v.supplyType !== 'GAS', {
    path: ['mpan'],
    message: 'An MPAN is for electricity: remove it, or choose electricity or both',
  })
  .refine((v) => v.mprn === '' || v.supplyType !== 'ELECTRICITY', {
    path: ['mprn'],
    message: 'An MPRN is for gas: remove it, or choose gas or both',
  });

export type Quote = z.output<typeof quoteSchema>;
