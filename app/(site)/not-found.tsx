import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="container narrow">
      <h1>Page not found</h1>
      <p>
        The page you asked for isn’t here. Try the <Link href="/">home page</Link>.
      </p>
    </div>
  );
}
