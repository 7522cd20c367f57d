// Said on the page itself when an address names nothing we have: Next.js's notFound() from a page
// streams an empty shell that needs JavaScript to show anything.
import Link from 'next/link';

// A heading, what is missing, and where to go instead.
export function NotHere({
  title,
  children,
  href,
  label,
}: {
  title: string;
  children: React.ReactNode;
  href: string;
  label: string;
}) {
  return (
    <div className="container narrow">
      <h1>{title}</h1>
      <p>
        {children} See <Link href={href}>{label}</Link>.
      </p>
    </div>
  );
}
