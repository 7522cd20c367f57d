// The Request a Quote form (/quote), described once.
import type { RequestFormDescriptor } from './descriptor';
import { notStored } from './descriptor';
import { dateOnly, money, optionLabel, quantity } from './fields';
import { supplyTypeOptions } from '../validations/choices';
import { quoteSchema } from '../validations/quote';

export const quoteForm = {
  name: 'quote',
  schema: quoteSchema,
  prefix: 'QTE',
  thankYouPath: '/quote/thank-you',
  failure: notStored('send your quote request'),
  title: 'Request a Quote',
  noun: 'quote request',
  plural: 'Quote requests',
  key: 'quotes',
  nextSteps: [
    'An energy adviser compares suppliers for your site and contacts you within two working days.',
    'If we need a recent bill to confirm your meter details, we will ask for it.',
    'We use your details only to prepare and discuss this quote.',
  ],
  fields: [
    { key: 'name', label: 'Name' },
    { key: 'email', label: 'Email' },
    { key: 'phone', label: 'Phone' },
    { key: 'company', label: 'Company' },
    { key: 'sitePostcode', label: 'Site postcode' },
    { key: 'supplyType', label: 'Supply', read: optionLabel(supplyTypeOptions) },
    { key: 'currentSupplier', label: 'Current supplier' },
    { key: 'contractEndDate', label: 'Contract end date', read: dateOnly },
    { key: 'annualSpendGbp', label: 'Annual spend', read: money },
    { key: 'annualUsageKwh', label: 'Annual usage', read: quantity },
    { key: 'mpan', label: 'MPAN (electricity meter number)' },
    { key: 'mprn', label: 'MPRN (gas meter number)' },
    { key: 'message', label: 'Message' },
  ],
  retention: { defaultDays: 730, minDays: 30 },
} as const satisfies RequestFormDescriptor<'quote'>;
