// The testimonials page's list: approved feedback whose authors allowed publication and have not
// withdrawn it. Read on every request (the home page, prerendered, only links here), so a withdrawal
// takes effect at once.
import Link from 'next/link';
import { publishedTestimonials } from '@/lib/data/have-your-say/feedback';

// Nothing at all when there is nothing to show (or the database cannot be read).
export async function Testimonials() {
  const items = await publishedTestimonials().catch(() => []);
  return (
    <section aria-labelledby="testimonials" className="testimonials">
      <h1 id="testimonials">What our customers say</h1>
      {items.length ? (
        <ul className="cards">
          {items.map((t) => (
            <li key={t.id} className="card">
              <figure>
                <blockquote className="prewrap">{t.quote}</blockquote>
                <figcaption>
                  {t.rating ? <span className="visually-hidden">Rated {t.rating} out of 5. </span> : null}
                  {t.rating ? (
                    <span aria-hidden="true">
                      {'★'.repeat(t.rating)}
                      {'☆'.repeat(5 - t.rating)}{' '}
                    </span>
                  ) : null}
                  — {t.attribution}
                </figcaption>
              </figure>
            </li>
          ))}
        </ul>
      ) : (
        <p>Be the first to tell us how we did.</p>
      )}
      <p>
        <Link href="/feedback">Give us feedback</Link>
      </p>
    </section>
  );
}
