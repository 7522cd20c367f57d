import { describe, expect, it } from 'vitest';
import { orderedRecord, readRecord } from './copy-fields';

// As PostgreSQL's jsonb hands an object back: keys by length, then bytes.
const jsonbOrder = (record: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.length - b.length || (a < b ? -1 : 1)));

const quote = {
  reference: 'QTE-ABCDEF',
  receivedAt: '2026-11-30T14:05:00.000Z',
  name: 'Jo Bloggs',
  email: 'jo@example.co.uk',
  phone: null,
  company: 'Bloggs Ltd',
  sitePostcode: 'ME19 4YT',
  supplyType: 'BOTH',
  currentSupplier: null,
  contractEndDate: '2027-03-31',
  annualSpendGbp: 12500,
  annualUsageKwh: null,
  mpan: null,
  mprn: null,
  message: 'Please call',
  marketingOptIn: false,
  status: 'IN_PROGRESS',
};

describe('a copy of someone’s data', () => {
  it('reads a record in the documented order and in words, whatever order the database kept', () => {
    const rows = readRecord('quotes', jsonbOrder(quote) as never);
    expect(rows.map((r) => r.label).slice(0, 7)).toEqual([
      'Reference',
      'Received',
      'Name',
      'Email',
      'Phone',
      'Company',
      'Site postcode',
    ]);
    const text = Object.fromEntries(rows.map((r) => [r.label, 'text' in r ? r.text : '']));
    expect(text).toMatchObject({
      Received: '30 November 2026 at 14:05',
      Phone: '—',
      Supply: 'Electricity and gas',
      'Contract end date': '31 March 2027',
      'Annual spend': '£12,500',
      'Newsletter box ticked': 'No',
      Status: 'In progress',
    });
  });

  it('says each consent choice for what it was about', () => {
    const record = {
      recordedAt: '2026-06-01T09:00:00.000Z',
      kind: 'PUBLICATION',
      action: 'withdraw',
      categories: ['named'],
      source: 'email:withdraw-link',
      policyVersion: 'v',
      wording: null,
      consentId: 'x',
    };
    const text = Object.fromEntries(readRecord('consents', record).map((r) => [r.label, 'text' in r ? r.text : '']));
    expect(text).toMatchObject({
      About: 'Permission to publish feedback',
      Choice: 'Withdrew permission to publish their feedback',
      Where: 'Withdraw link in an email',
      Recorded: '1 June 2026 at 10:00',
    });
  });

  it('names the policy version a choice was made under, with a link to it', () => {
    const record = {
      recordedAt: '2026-06-01T09:00:00.000Z',
      kind: 'MARKETING',
      action: 'opt-in',
      categories: [],
      source: 'form:newsletter',
      policyVersion: '2017-11-24',
      wording: 'Yes',
      consentId: 'x',
    };
    expect(readRecord('consents', record).find((r) => r.label === 'Privacy policy')).toEqual({
      label: 'Privacy policy',
      text: 'Version of 24 November 2017',
      href: '/privacy-policy/versions/2017-11-24',
    });
    const unknown = readRecord('consents', { ...record, policyVersion: 'v' }).find((r) => r.label === 'Privacy policy');
    expect(unknown).toEqual({ label: 'Privacy policy', text: 'v' });
  });

  it('lists survey answers question by question', () => {
    const rows = readRecord('surveys', {
      reference: 'SRV-ABCDEF',
      survey: 'Service',
      sentAt: null,
      email: 'a@b.co',
      answers: [
        { question: 'How did we do?', answer: 5 },
        { question: 'Anything else?', answer: null },
      ],
    });
    expect(rows.find((r) => r.label === 'Answers')).toEqual({
      label: 'Answers',
      answers: [
        { question: 'How did we do?', answer: '5' },
        { question: 'Anything else?', answer: '—' },
      ],
    });
  });

  it('gives the JSON file its keys back in the documented order', () => {
    expect(Object.keys(orderedRecord('quotes', jsonbOrder(quote) as never))).toEqual(Object.keys(quote));
  });

  it('still shows a copy made before, which kept its labels as keys', () => {
    expect(readRecord('enquiries', { Reference: 'ENQ-ABCDEF', Status: 'new' })).toEqual([
      { label: 'Reference', text: 'ENQ-ABCDEF' },
      { label: 'Status', text: 'new' },
    ]);
  });
});
