// A newsletter as a subscriber will see it, for the editor's preview frame: staff only, sandboxed.
import { requireStaff } from '@/lib/auth/current';
import { getNewsletter, sampleCopy } from '@/lib/data/newsletter/issues';
import { emailPreviewResponse, noSuchEmail } from '@/lib/email/preview-response';
import { isUuid } from '@/lib/validations/common';

// GET /admin/newsletters/<id>/html
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  await requireStaff();
  const { id } = await params;
  const newsletter = isUuid(id) ? await getNewsletter(id) : null;
  if (!newsletter) return noSuchEmail();
  return emailPreviewResponse((await sampleCopy(newsletter)).html);
}
