import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { NewsletterEditor } from '@/components/admin/newsletter-editor';
import { SendNewsletterForm, TestSendForm } from '@/components/admin/newsletter-send-forms';
import { SendProgress } from '@/components/admin/send-progress';
import { requireStaff } from '@/lib/auth/current';
import { countActiveRecipients, deliveryCounts, getNewsletter } from '@/lib/data/newsletter/issues';
import { newsletterContent } from '@/lib/email/templates/newsletter';
import { isUuid } from '@/lib/validations/common';
import { NEWSLETTER_STATUSES } from '@/lib/validations/newsletters';

export const metadata: Metadata = { title: 'Newsletter' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export default async function NewsletterPage({ params, searchParams }: Props) {
  const { user } = await requireStaff();
  const { id } = await params;
  const newsletter = isUuid(id) ? await getNewsletter(id) : null;
  if (!newsletter) notFound();
  const path = `/admin/newsletters/${id}`;
  const preview = (
    <section aria-labelledby="preview">
      <h2 id="preview">Preview</h2>
      <iframe
        className="email-frame"
        title={`The newsletter “${newsletter.subject}” as subscribers will see it`}
        src={`${path}/html`}
        sandbox=""
      />
      <details>
        <summary>Plain-text version</summary>
        <pre className="email-text">{newsletterContent(newsletter.subject, newsletter.markdown).bodyText}</pre>
      </details>
    </section>
  );
  const back = (
    <p>
      <Link href="/admin/newsletters">Back to newsletters</Link>
    </p>
  );
  if (newsletter.status !== 'DRAFT') {
    const delivery = (await deliveryCounts([id])).get(id)!;
    return (
      <>
        {back}
        <h1>{newsletter.subject}</h1>
        <p>Status: {NEWSLETTER_STATUSES[newsletter.status]}</p>
        <SendProgress path={path} {...newsletter} status={newsletter.status} delivery={delivery} />
        {preview}
      </>
    );
  }
  const recipients = await countActiveRecipients();
  const { saved } = await searchParams;
  return (
    <>
      {back}
      <h1>{newsletter.subject}</h1>
      {saved === '1' ? (
        <p className="panel-success" role="status">
          Draft saved. Preview it below, send yourself a test, then send it.
        </p>
      ) : null}
      <p>Status: Draft (last changed by {newsletter.updatedBy})</p>
      <section aria-labelledby="edit">
        <h2 id="edit">Edit</h2>
        <NewsletterEditor newsletterId={id} subject={newsletter.subject} markdown={newsletter.markdown} />
      </section>
      {preview}
      <section aria-labelledby="test">
        <h2 id="test">Send a test</h2>
        <TestSendForm newsletterId={id} to={user.email} />
      </section>
      <section aria-labelledby="send">
        <h2 id="send">Send</h2>
        <SendNewsletterForm newsletterId={id} recipients={recipients} />
      </section>
    </>
  );
}
