// One numbered section of the privacy policy, rendered from its content blocks.
import type { PolicyBlock, PolicyCookie, PolicySection as Section } from '@/lib/policy';
import { listItemsHtml, richTextHtml } from '@/lib/policy/rich-text';
import { CookieTable } from './cookie-table';
import { ContactDetails } from '../site/contact-details';

function Block({ block, cookies }: { block: PolicyBlock; cookies: readonly PolicyCookie[] }) {
  switch (block.type) {
    // Prose arrives as HTML (escaped, links only): one element each to hydrate, not one per line and link.
    case 'paragraph':
      return <p dangerouslySetInnerHTML={{ __html: richTextHtml(block.text) }} />;
    case 'subheading':
      return <h3>{block.text}</h3>;
    case 'list':
      return <ul dangerouslySetInnerHTML={{ __html: listItemsHtml(block.items) }} />;
    case 'cookie-table':
      return <CookieTable cookies={cookies} />;
    case 'contact-details':
      return <ContactDetails />;
  }
}

// `children` lets a page add site features (such as the cookie settings link) outside the versioned text;
// `cookies` is the cookie list of the version the section belongs to.
export function PolicySection(props: {
  section: Section;
  cookies: readonly PolicyCookie[];
  children?: React.ReactNode;
}) {
  const { section, cookies, children } = props;
  const headingId = `${section.id}-heading`;
  return (
    <section id={section.id} aria-labelledby={headingId} className="policy-section">
      <h2 id={headingId}>
        <span className="section-number">{section.number}.</span> {section.title}
      </h2>
      {section.blocks.map((block, i) => (
        <Block key={i} block={block} cookies={cookies} />
      ))}
      {children}
    </section>
  );
}
