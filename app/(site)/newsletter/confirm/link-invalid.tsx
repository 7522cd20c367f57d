import Link from 'next/link';

// Shown for a confirmation link that is unknown, mistyped or past its expiry date.
export function ConfirmationLinkInvalid() {
  return (
    <div className="container narrow">
      <h1>This confirmation link has expired or isn’t valid</h1>
      <p>
        Confirmation links work for seven days and only as sent: check that you copied the whole address from the email.
      </p>
      <p>
        To subscribe, <Link href="/newsletter">sign up again</Link> and we’ll email you a new link.
      </p>
    </div>
  );
}
