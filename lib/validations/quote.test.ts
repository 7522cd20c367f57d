import { describe, expect, it } from 'vitest';
import { mpanCoreIsValid } from './energy';
import { quoteSchema } from './quote';
import { errorsOf } from './testing';

const nextYear = `${new Date().getUTCFullYear() + 1}-03-31`;
const valid = {
  companyName: 'Analytical Engines Ltd',
  contactName: 'Ada Lovelace',
  email: 'ada@example.co.uk',
  phone: '01732 123456',
  sitePostcode: 'me194yt',
  supplyType: 'BOTH',
  contractEndDate: nextYear,
  annualSpendGbp: '£12,500',
  mpan: '00 111 222 1312 3456 7890 7',
  mprn: '1234567',
};
const errorsFor = (input: Record<string, unknown>) => errorsOf(quoteSchema, input);

describe('quote schema', () => {
  it('normalises a valid request', () => {
    expect(quoteSchema.parse(valid)).toMatchObject({
      sitePostcode: 'ME19 4YT',
      annualSpendGbp: 12500,
      annualUsageKwh: null,
      contractEndDate: nextYear,
      mpan: '1312345678907',
      mprn: '1234567',
      marketingOptIn: false,
    });
  });

  it.each(['ME19 4YT', 'SW1A 1AA', 'M1 1AE', 'b33 8th', 'CR2 6XH', 'DN55 1PT', 'EC1A1BB'])(
    'accepts the postcode %s',
    (sitePostcode) => {
      expect(errorsFor({ ...valid, sitePostcode })).toEqual({});
    },
  );

  it.each(['ME19', '12345', 'QQ1 1AA', 'ME19 4YTT', 'ME19-4YT!'])('rejects the postcode %s', (sitePostcode) => {
    expect(errorsFor({ ...valid, sitePostcode }).sitePostcode).toBe('Enter a UK postcode, like ME19 4YT');
  });

  it('checks the MPAN core check digit', () => {
    expect(mpanCoreIsValid('1312345678907')).toBe(true);
    expect(mpanCoreIsValid('1312345678906')).toBe(false);
    expect(errorsFor({ ...valid, mpan: '1312345678906' }).mpan).toMatch(/check digit does not match/);
    expect(errorsFor({ ...valid, mpan: '12345' }).mpan).toMatch(/13 digits, or 21 characters/);
  });

  it('checks MPRN length and that meter numbers fit the supply type', () => {
    expect(errorsFor({ ...valid, mprn: '12AB' }).mprn).toBe('Enter the MPRN as printed on your bill: 6 to 10 digits');
    expect(errorsFor({ ...valid, supplyType: 'GAS' }).mpan).toMatch(/An MPAN is for electricity/);
    expect(errorsFor({ ...valid, supplyType: 'ELECTRICITY' }).mprn).toMatch(/An MPRN is for gas/);
  });

  it('needs a spend or a usage figure, as whole numbers in range', () => {
    expect(errorsFor({ ...valid, annualSpendGbp: '' }).annualSpendGbp).toBe(
      'Enter your approximate annual spend or usage, so we can compare prices',
    );
    expect(errorsFor({ ...valid, annualSpendGbp: '', annualUsageKwh: '120,000 kWh' })).toEqual({});
    expect(errorsFor({ ...valid, annualSpendGbp: '12.5' }).annualSpendGbp).toBe(
      'Enter your annual spend in pounds as a whole number, like 12500',
    );
    expect(errorsFor({ ...valid, annualSpendGbp: '0' }).annualSpendGbp).toBe(
      'Enter your annual spend in pounds between 1 and 10,000,000',
    );
    expect(errorsFor({ ...valid, annualUsageKwh: '100000001' }).annualUsageKwh).toBe(
      'Enter your annual usage in kWh between 1 and 100,000,000',
    );
  });

  it('refuses impossible and far-off contract end dates', () => {
    expect(errorsFor({ ...valid, contractEndDate: '2027-02-30' }).contractEndDate).toBe(
      'Enter a real contract end date, like 31/03/2027',
    );
    expect(errorsFor({ ...valid, contractEndDate: '1999-01-01' }).contractEndDate).toMatch(
      /between a year ago and five years/,
    );
  });

  it('lists every missing required answer', () => {
    const errors = errorsFor({});
    expect(Object.keys(errors)).toEqual(['companyName', 'contactName', 'email', 'phone', 'sitePostcode', 'supplyType']);
    expect(errors.phone).toBe('Enter a phone number, like 01732 123456');
    expect(errors.supplyType).toBe('Choose the supply the quote is for');
  });
});
