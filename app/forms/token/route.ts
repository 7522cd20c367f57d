// GET /forms/token: a fresh signed token for a form on a prerendered page (which cannot carry one of
// its own: every visitor would share it). The form's script asks once the form comes into view.
import { NextResponse } from 'next/server';
import { loadedSecrets } from '@/lib/data/site/secrets';
import { issueFormToken } from '@/lib/forms/form-token';

// Personal to this request, so never kept by any cache; without the secrets, the form confirms instead.
export function GET() {
  const secret = loadedSecrets()?.form;
  const headers = { 'cache-control': 'private, no-store' };
  if (!secret) return NextResponse.json({ error: 'Forms cannot be signed just now.' }, { status: 503, headers });
  return NextResponse.json({ token: issueFormToken(secret) }, { headers });
}
