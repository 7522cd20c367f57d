import { describe, expect, it } from 'vitest';
import { competitionForm } from './competition';
import { feedbackForm } from './feedback';
import { FORM_NAMES } from './names';
import { newsletterForm } from './newsletter';
import { privacyRequestForm } from './privacy-request';
import { REQUEST_FORM_LIST, REQUEST_FORMS } from './request-forms';
import { surveyForm } from './survey';
import { enquiryTable } from '../data/enquiries/enquiries';
import { quoteTable } from '../data/enquiries/quotes';
import { REQUEST_TABLES } from '../data/enquiries/request-tables';
import { COPY_SECTIONS } from '../privacy/copy-fields';
import { RETENTION_TYPES } from '../retention/policy';
import { REQUEST_TYPES } from '../validations/requests';

const PUBLIC_FORMS = [
  ...REQUEST_FORM_LIST,
  newsletterForm,
  feedbackForm,
  competitionForm,
  surveyForm,
  privacyRequestForm,
];

const row = {
  id: 'id',
  reference: 'REF',
  email: 'jo@example.com',
  status: 'NEW',
  createdAt: new Date(0),
  emailsQueuedAt: null,
} as const;

describe('the forms’ descriptors', () => {
  it('describe every public form once, each with its own reference prefix', () => {
    expect(PUBLIC_FORMS.map((f) => f.name).sort()).toEqual([...FORM_NAMES].sort());
    expect(new Set(PUBLIC_FORMS.map((f) => f.prefix)).size).toBe(PUBLIC_FORMS.length);
    expect(REQUEST_TYPES.map((type) => REQUEST_FORMS[type].name)).toEqual([...REQUEST_TYPES]);
  });

  it('give each request form a copy section, a retention period and a table, found from the list', () => {
    for (const form of REQUEST_FORM_LIST) {
      const section = COPY_SECTIONS.find((s) => s.key === form.key);
      expect(section?.title).toBe(form.plural);
      expect(section?.fields.map((f) => f.key)).toEqual([
        'reference',
        'receivedAt',
        ...form.fields.map((f) => f.key),
        'marketingOptIn',
        'status',
      ]);
      expect(RETENTION_TYPES).toContain(form.key);
    }
    expect(REQUEST_TABLES.map((t) => t.form)).toEqual(REQUEST_FORM_LIST);
  });

  it('read a stored row into exactly the keys its copy section documents, in order', () => {
    const enquiry = enquiryTable.record({
      ...row,
      submissionKey: 'k',
      marketingOptIn: false,
      name: 'Jo',
      phone: null,
      company: 'Bloggs Ltd',
      message: 'Hello',
      preferredContact: 'PHONE',
    });
    const quote = quoteTable.record({
      ...row,
      submissionKey: 'k',
      marketingOptIn: true,
      contactName: 'Jo',
      companyName: 'Bloggs Ltd',
      phone: '01732 123456',
      sitePostcode: 'ME19 4YT',
      supplyType: 'BOTH',
      currentSupplier: null,
      contractEndDate: new Date('2027-03-31T00:00:00Z'),
      annualSpendGbp: 12_500,
      annualUsageKwh: null,
      mpan: null,
      mprn: null,
      message: null,
    });
    for (const [table, record] of [
      [enquiryTable, enquiry],
      [quoteTable, quote],
    ] as const) {
      const keys = COPY_SECTIONS.find((s) => s.key === table.form.key)!.fields.map((f) => f.key);
      expect(Object.keys(record)).toEqual(keys);
    }
    expect(quote).toMatchObject({ name: 'Jo', company: 'Bloggs Ltd', contractEndDate: '2027-03-31' });
  });
});
