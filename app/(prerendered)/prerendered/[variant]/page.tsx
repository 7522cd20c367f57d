import Link from 'next/link';
import { organisation } from '@/lib/site-config';

// Prerendered once per consent variant: nothing on it depends on the visitor or the database.
export default function HomePage() {
  return (
    <div className="container">
      <section className="hero" aria-labelledby="hero-heading">
        <h1 id="hero-heading">Business energy, without the runaround</h1>
        <p className="lead">
          {organisation.tradingName} compares gas and electricity contracts for UK businesses, and handles the switch
          for you.
        </p>
        <p className="button-row">
          <Link href="/quote" className="button">
            Request a quote
          </Link>
          <Link href="/contact" className="button">
            Send a quick enquiry
          </Link>
        </p>
      </section>
      <section className="cards" aria-label="How we work">
        <article className="card">
          <h2>Independent</h2>
          <p>
            {organisation.shortName} is a trading style of {organisation.legalName}, wholly-owned by{' '}
            {organisation.owner}.
          </p>
        </article>
        <article className="card">
          <h2>Your data, your say</h2>
          <p>
            We use what you send us only for the purpose you sent it. Read our{' '}
            <Link href="/privacy-policy">privacy policy</Link>.
          </p>
        </article>
        <article className="card">
          <h2>What our customers say</h2>
          <p>
            Read <Link href="/testimonials">what our customers say</Link> about us, in their own words and with their
            permission.
          </p>
        </article>
      </section>
    </div>
  );
}
