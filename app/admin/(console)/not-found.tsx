import Link from 'next/link';

// A back-office record or page that does not exist (or no longer does).
export default function AdminNotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>There is nothing here: it may have been removed, or the address may be mistyped.</p>
      <p>
        <Link href="/admin">Back to the dashboard</Link>
      </p>
    </>
  );
}
