// GET /admin/surveys/<id>/export: every response as CSV (answers as people read them), streamed.
// Every export is in the audit log.
import { requireStaff } from '@/lib/auth/current';
import { toCsv } from '@/lib/csv';
import { recordStaffAudit } from '@/lib/data/audit';
import { surveyCsvRows } from '@/lib/data/have-your-say/survey-results';
import { surveyById } from '@/lib/data/have-your-say/surveys';
import { isUuid } from '@/lib/validations/common';

type Context = { params: Promise<{ id: string }> };

// A 404 for a survey that does not exist; otherwise the file, a batch at a time.
export async function GET(_request: Request, { params }: Context) {
  const { user } = await requireStaff();
  const { id } = await params;
  const survey = isUuid(id) ? await surveyById(id) : null;
  if (!survey)
    return new Response('No such survey.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  await recordStaffAudit(user, { action: 'survey-exported', subject: id });
  const encoder = new TextEncoder();
  const rows = surveyCsvRows(id, survey.questions);
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await rows.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(toCsv([next.value])));
    },
  });
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="lumina-survey-${survey.slug}.csv"`,
      'cache-control': 'no-store',
    },
  });
}
