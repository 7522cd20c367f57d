// The organisation's postal address and email, as an <address> block (policy section 9 and footer),
// and its phone number where the site has one.
import { organisation, postalAddressLine, telephoneHref } from '@/lib/site-config';

// `compact` drops the labels for the footer.
export function ContactDetails({ compact = false }: { compact?: boolean }) {
  const phone = organisation.phone;
  return (
    <address className="contact-details">
      {compact ? (
        <p>{postalAddressLine()}</p>
      ) : (
        <p>
          <strong>Postal Address:</strong> {postalAddressLine()}
        </p>
      )}
      <p>
        {compact ? null : <strong>Email Address: </strong>}
        <a href={`mailto:${organisation.email}`}>{organisation.email}</a>
      </p>
      {phone ? (
        <p>
          {compact ? null : <strong>Telephone: </strong>}
          <a href={telephoneHref(phone)}>{phone}</a>
        </p>
      ) : null}
    </address>
  );
}
