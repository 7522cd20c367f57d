import type { Metadata } from 'next';
import Link from 'next/link';
import { SurveyEditor } from '@/components/admin/survey-editor';
import { requireStaff } from '@/lib/auth/current';

export const metadata: Metadata = { title: 'Write a survey' };

export default async function NewSurveyPage() {
  await requireStaff();
  return (
    <>
      <p>
        <Link href="/admin/surveys">Back to surveys</Link>
      </p>
      <h1>Write a survey</h1>
      <p>It is saved as a draft. Once you open it, anyone can answer it and its questions can no longer change.</p>
      <SurveyEditor />
    </>
  );
}
