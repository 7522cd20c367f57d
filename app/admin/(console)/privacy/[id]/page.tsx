import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PrivacyRequestLog } from '@/components/admin/privacy-request-log';
import { PrivacyRequestSummary } from '@/components/admin/privacy-request-summary';
import { PrivacyRequestWork } from '@/components/admin/privacy-request-work';
import { PrivacyStepForm } from '@/components/admin/privacy-step-form';
import { completeAction, extendAction, refuseAction } from '@/lib/actions/admin/privacy';
import { requireStaff } from '@/lib/auth/current';
import { recordStaffAudit } from '@/lib/data/audit';
import { getPrivacyRequest } from '@/lib/data/privacy/handling';
import { collectPersonalData } from '@/lib/data/privacy/personal-data/collect';
import { currentValues } from '@/lib/data/privacy/personal-data/rectify';
import { kindLabel } from '@/lib/privacy/kinds';
import { type PrivacyStep, stepDone } from '@/lib/privacy/steps';
import { isUuid } from '@/lib/validations/common';

export const metadata: Metadata = { title: 'Data request' };

type Search = Promise<{ done?: string | string[] }>;

export default async function PrivacyRequestPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Search;
}) {
  const { user } = await requireStaff();
  const { id } = await params;
  const { done } = await searchParams;
  const doneMessage = typeof done === 'string' && done in stepDone ? stepDone[done as PrivacyStep] : null;
  if (!isUuid(id)) notFound();
  const request = await getPrivacyRequest(id);
  if (!request) notFound();
  // The audit log names the request, not the person, so an erasure leaves nothing behind there.
  await recordStaffAudit(user, { action: 'privacy-request-viewed', subject: request.reference });
  const open = request.status === 'OPEN' && request.email;
  const work = async () => {
    if (!open || !request.email) return null;
    const email = request.email;
    if (request.kind === 'ACCESS' || request.kind === 'ERASURE') {
      return (
        <PrivacyRequestWork
          kind={request.kind}
          requestId={id}
          email={email}
          data={await collectPersonalData(email, request.consentIds)}
        />
      );
    }
    if (request.kind === 'RECTIFICATION') {
      const corrections = request.corrections;
      return (
        <PrivacyRequestWork
          kind="RECTIFICATION"
          requestId={id}
          email={email}
          current={await currentValues(email)}
          corrections={corrections}
        />
      );
    }
    return null;
  };
  return (
    <>
      <p>
        <Link href="/admin/privacy">Back to data requests</Link>
      </p>
      <h1>
        {kindLabel[request.kind]} request {request.reference}
      </h1>
      {doneMessage ? (
        <p className="panel-success" role="status">
          {doneMessage}
        </p>
      ) : null}
      <PrivacyRequestSummary request={request} />
      {await work()}
      {open ? (
        <section aria-labelledby="other-steps">
          <h2 id="other-steps">Other steps</h2>
          {!request.extendedDueAt ? (
            <section className="stack">
              <h3>Extend the deadline by two months</h3>
              <p>Only for complex or numerous requests. The person is emailed the reason and the new date.</p>
              <PrivacyStepForm
                action={extendAction}
                requestId={id}
                id="extend"
                label="Extend the deadline"
                text={{ label: 'Why more time is needed' }}
              />
            </section>
          ) : null}
          <section className="stack">
            <h3>Refuse the request</h3>
            <p>The person is emailed the reason and told they can complain to the ICO.</p>
            <PrivacyStepForm
              action={refuseAction}
              requestId={id}
              id="refuse"
              label="Refuse the request"
              text={{ label: 'The reason (sent to the person)' }}
              danger
            />
          </section>
          <section className="stack">
            <h3>Mark as done (handled outside the site)</h3>
            <PrivacyStepForm
              action={completeAction}
              requestId={id}
              id="complete"
              label="Mark as done"
              text={{ label: 'What was done' }}
            />
          </section>
        </section>
      ) : null}
      <h2>History</h2>
      <PrivacyRequestLog events={request.events} />
    </>
  );
}
