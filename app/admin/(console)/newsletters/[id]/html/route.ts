// A newsletter as a subscriber will see it, for the editor's preview frame: staff only, sandboxed.
import { isUuid } from '@/lib/validations/common';
import { requireStaff } from '@/lib/auth/current';
import { getNewsletter, TEST_SUBSCRIBER_ID } from '@/lib/data/newsletters';
import { emailPreviewResponse, noSuchEmail } from '@/lib/email/preview-response';
import { newsletterContent, newsletterEmail } from '@/lib/email/templates/newsletter';
import { oneClickUrl, unsubscribePageUrl } from '@/lib/email/unsubscribe-link';

// GET /admin/newsletters/<id>/html
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  await requireStaff();
  const { id } = await params;
  const newsletter = isUuid(id) ? await getNewsletter(id) : null;
  if (!newsletter) return noSuchEmail();
  const links = { unsubscribeUrl: unsubscribePageUrl(TEST_SUBSCRIBER_ID), oneClickUrl: oneClickUrl(TEST_SUBSCRIBER_ID) };
  return emailPreviewResponse(newsletterEmail(newsletterContent(newsletter.subject, newsletter.markdown), links).html);
}
