// The privacy policy as published on 24 November 2017 (shared/seed/privacy-policy.txt), word for word.
// Never edit a published version: add a new file, so consent records keep pointing at what was shown.
import type { PolicyVersion } from '../types';

export const policy20171124: PolicyVersion = {
  id: '2017-11-24',
  lastUpdated: '2017-11-24',
  summary: 'The policy as first published.',
  recordedHash: '035f4ca130058f3eecef0002c778f23b6e477f51399d7a4b5038ff6f260ab0d4',
  recordedCookieHash: '1f3166f6cc4d0a765f56ef14ab881c4e5bfa4bfba5857dc2bfb6881b8ae68a43',
  sections: [
    {
      id: 'privacy-policy',
      number: 1,
      title: 'Privacy Policy',
      blocks: [
        {
          type: 'paragraph',
          text: 'Lumina is a trading style of Commercial Services Trading Ltd, a company wholly-owned by Kent County Council. This policy sets out the basis on which any personal data we collect from you, or that you provide to us, will be used.',
        },
      ],
    },
    {
      id: 'information-we-collect',
      number: 2,
      title: 'What information do we collect about you?',
      blocks: [
        { type: 'paragraph', text: 'We may collect and process the following information about you:' },
        {
          type: 'list',
          items: [
            'Data that you provide when you complete our online Quick Enquiry form and Request a Quote form.',
            'Data that you provide when signing up to our monthly newsletters and regular email notifications.',
            'If we contact each other by phone, all inbound and outbound calls will be recorded for training purposes.',
            'If we contact each other in writing, we may keep a record of the correspondence on file.',
            'If you voluntarily complete a customer survey we will retain the information for research purposes.',
            'If you voluntarily provide feedback/testimonials or participate in any online competition we may keep a record of that correspondence on file.',
            'Website usage information is collected using Cookies (Further details are explain in paragraph 3).',
          ],
        },
      ],
    },
    {
      id: 'cookies',
      number: 3,
      title: 'What is a Cookie?',
      blocks: [
        {
          type: 'paragraph',
          text: 'Cookies are text files placed on your computer to collect standard internet log information and visitor behaviour information. This is then used to track a visitor’s use of our website and to compile statistic reports on the website’s activity and performance in Google Analytics.',
        },
        { type: 'paragraph', text: 'Google Analytics uses cookies to store information about:' },
        {
          type: 'list',
          items: [
            'The pages you visit on www.luminaenergy.co.uk',
            'The length of time you spend on each Lumina website page',
            'How you found us',
            'What you click on while visiting our site',
          ],
        },
        {
          type: 'paragraph',
          text: 'We do not collect or store any personal information. The information is not used to identify any individual.',
        },
        { type: 'paragraph', text: 'The cookies we use are listed below:' },
        { type: 'cookie-table' },
        {
          type: 'paragraph',
          text: 'For more information about Cookies you can visit www.aboutcookies.org or www.allaboutcookies.org.',
        },
        {
          type: 'paragraph',
          text: 'You can set your browser not to accept cookies and the above websites will tell you how to do this. However if you choose to do this some of our website features may not function as well.',
        },
        {
          type: 'paragraph',
          text: 'Please note some supplier sites that our website links to may also use cookies which we have no control over and therefore are not liable.',
        },
      ],
    },
    {
      id: 'how-we-use-information',
      number: 4,
      title: 'How we will use the information about you?',
      blocks: [
        { type: 'paragraph', text: 'We may use the information held about you in the following ways:' },
        {
          type: 'list',
          items: [
            'All personal information collected via Cookies will be used to monitor website usage and activity.',
            'Website enquiries made via our Quick Enquiry or Request a Quote form will only be used for the purpose stated on the form and will not be given or sold to any third parties without your consent.',
          ],
        },
        {
          type: 'paragraph',
          text: 'If you agree, we shall also contact you via email with updates on our products and services, latest news and updates.',
        },
      ],
    },
    {
      id: 'marketing',
      number: 5,
      title: 'Marketing',
      blocks: [
        {
          type: 'paragraph',
          text: 'We would like to send you information about our products and services, latest news and updates. Throughout our website there are online forms. At the end of each form you will be asked if you’d like to opt-in to receive our monthly marketing newsletter. We will only send you our newsletter if you have opted-in or signed up to receive the newsletter via the specific newsletter form. Any other data you have given for quoting or contacting purposes will remain for that use only.',
        },
        {
          type: 'paragraph',
          text: 'You have the right at any time to stop us from contacting you for marketing purposes. There is always an unsubscribe link in our monthly newsletter, simply click this to opt-out of receiving this communication further.',
        },
        {
          type: 'paragraph',
          text: 'Alternatively, if you no longer wish to be contacted for marketing purposes please contact us at info@luminaenergy.co.uk',
        },
        { type: 'subheading', text: 'What emails will I receive?' },
        {
          type: 'paragraph',
          text: 'All updates on our product and service, latest news and events are sent by electronic newsletter. They will only be sent to the email address you have provided and opted in to receive. All emails sent by us, Lumina, and will be clearly marked as originating from us. You will also find on all electronic communication clear instructions on how to unsubscribe from receiving our information electronically. You can also contact us at any point on the Contact Information provided above with your wishes to unsubscribe from our marketing communications.',
        },
        {
          type: 'paragraph',
          text: 'In accordance with the Privacy and Electronic Communications Regulations 2003 (PECR), we never send bulk unsolicited emails, (popularly known as Spam) to email addresses.',
        },
      ],
    },
    {
      id: 'access-to-your-information',
      number: 6,
      title: 'Access to your information and correction',
      blocks: [
        {
          type: 'paragraph',
          text: 'You have the right at any time to request a copy of the information that we hold about you. If you would like a copy of some or all of your business information, please contact us at info@luminaenergy.co.uk',
        },
      ],
    },
    {
      id: 'updating-information',
      number: 7,
      title: 'Updating Information',
      blocks: [
        {
          type: 'paragraph',
          text: 'We want to make sure the information we hold is accurate and up to date. Please contact us at any time to update or remove any inaccurate information.',
        },
      ],
    },
    {
      id: 'changes',
      number: 8,
      title: 'Changes to our Privacy Policy',
      blocks: [
        {
          type: 'paragraph',
          text: 'We keep this Policy under regular review and all updates will be posted on this webpage.',
        },
      ],
    },
    {
      id: 'contact-us',
      number: 9,
      title: 'Contact Us',
      blocks: [
        {
          type: 'paragraph',
          text: 'If you have any questions relating to our Privacy Policy please feel free to contact us at:',
        },
        { type: 'contact-details' },
      ],
    },
  ],
  cookies: [
    {
      name: 'lumina_consent',
      category: 'necessary',
      purpose: 'Remembers whether you accepted or rejected analytics cookies, so we do not ask on every page.',
      expiry: '12 months',
      pattern: null,
    },
    {
      name: 'lumina_view',
      category: 'necessary',
      purpose:
        'Tells a cache in front of our site which version of a page to send you: with or without the cookie question, and with or without analytics. It holds no identifier.',
      expiry: 'As the cookie above',
      pattern: null,
    },
    {
      name: '__Host-lumina_staff',
      category: 'necessary',
      purpose:
        'Keeps Lumina Energy staff signed in to the back office. It is set only when a member of staff signs in.',
      expiry: 'When they sign out, or after 12 hours without use (7 days at most)',
      pattern: null,
    },
    {
      name: '_ga',
      category: 'analytics',
      purpose:
        'This is used to help us count how many people visit www.luminaenergy.co.uk by tracking if you have visited our site before.',
      expiry: '2 years',
      pattern: null,
    },
    {
      name: '_ga_<container-id>',
      category: 'analytics',
      purpose: 'Used by Google Analytics 4 alongside _ga to keep track of your current visit.',
      expiry: '2 years',
      pattern: '^_ga_[A-Za-z0-9]+$',
    },
    {
      name: '_gat',
      category: 'analytics',
      purpose: 'This is used to manage the rate at which page view requests are made.',
      expiry: '1 year',
      pattern: '^_gat(_.+)?$',
    },
    {
      name: '_utma',
      category: 'analytics',
      purpose:
        'Similar to _ga this cookie lets us know if you’ve visited our site before and therefore we can count how many of our visitors are new to our site or a specific page.',
      expiry: '1 year',
      aliases: ['__utma'],
      pattern: null,
    },
    {
      name: '_utmb',
      category: 'analytics',
      purpose: 'This works to calculate the average length of time you spend on our site.',
      expiry: '2 years',
      aliases: ['__utmb'],
      pattern: null,
    },
    {
      name: '_utmz',
      category: 'analytics',
      purpose: 'This tells us how you reached our site (i.e. from another website or a search engine).',
      expiry: '6 months',
      aliases: ['__utmz'],
      pattern: null,
    },
  ],
};
