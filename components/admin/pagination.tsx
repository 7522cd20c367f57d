// Previous / next links for a back-office list, keeping its filters.
import Link from 'next/link';

type Props = {
  path: string;
  page: number;
  pageSize: number;
  total: number;
  params: Record<string, string | undefined>;
};

// Says where the reader is ("21–40 of 95") and links to the neighbouring pages.
export function Pagination({ path, page, pageSize, total, params }: Props) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (p: number) => {
    const query = new URLSearchParams(
      Object.entries({ ...params, page: String(p) }).filter((e): e is [string, string] => Boolean(e[1])),
    );
    return `${path}?${query}`;
  };
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  return (
    <nav aria-label="Pages" className="pagination">
      <p>{total === 0 ? 'Nothing to show' : `${first}–${Math.min(page * pageSize, total)} of ${total}`}</p>
      <ul>
        {page > 1 ? (
          <li>
            <Link href={href(page - 1)} rel="prev">
              Previous page
            </Link>
          </li>
        ) : null}
        {page < pages ? (
          <li>
            <Link href={href(page + 1)} rel="next">
              Next page
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

// The page number from the query string: a positive integer, else 1.
export function pageFrom(value: string | string[] | undefined): number {
  const n = typeof value === 'string' ? Number.parseInt(value, 10) : 1;
  return Number.isSafeInteger(n) && n > 0 ? Math.min(n, 100_000) : 1;
}
