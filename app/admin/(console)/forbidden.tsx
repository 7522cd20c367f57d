import Link from 'next/link';

// Shown, with a 403, to staff who open a page or use an action that needs an admin.
export default function AdminForbidden() {
  return (
    <>
      <h1>You don’t have access to this page</h1>
      <p>This part of the back office is for admins. If you need it for your work, ask an admin to change your role.</p>
      <p>
        <Link href="/admin">Back to the dashboard</Link>
      </p>
    </>
  );
}
