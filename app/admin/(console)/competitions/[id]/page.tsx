import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CloseCompetitionForm } from '@/components/admin/close-competition-form';
import { DataTable } from '@/components/admin/data-table';
import { DrawForm } from '@/components/admin/draw-form';
import { Pagination, pageFrom } from '@/components/admin/pagination';
import { requireStaff } from '@/lib/auth/current';
import { competitionEntries, competitionForStaff } from '@/lib/data/have-your-say/competition-draw';
import { stateOf } from '@/lib/data/have-your-say/competitions';
import { formatDateTime } from '@/lib/format';
import { isUuid } from '@/lib/validations/common';

export const metadata: Metadata = { title: 'Competition' };

const PAGE_SIZE = 50;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string | string[] }> };

export default async function CompetitionAdminPage({ params, searchParams }: Props) {
  await requireStaff();
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const found = await competitionForStaff(id);
  if (!found) notFound();
  const { competition: c, entries, correct } = found;
  const page = pageFrom((await searchParams).page);
  const list = await competitionEntries(id, page, PAGE_SIZE);
  const state = stateOf(c);
  return (
    <>
      <p>
        <Link href="/admin/competitions">Back to competitions</Link>
      </p>
      <h1>{c.title}</h1>
      <dl className="details">
        <div>
          <dt>Public page</dt>
          <dd>
            <Link href={`/competitions/${c.slug}`}>/competitions/{c.slug}</Link>
          </dd>
        </div>
        <div>
          <dt>Opens</dt>
          <dd>{formatDateTime(c.opensAt)}</dd>
        </div>
        <div>
          <dt>Closes</dt>
          <dd>{formatDateTime(c.closesAt)}</dd>
        </div>
        <div>
          <dt>Question</dt>
          <dd>{c.question}</dd>
        </div>
        <div>
          <dt>Right answer</dt>
          <dd>{c.options[c.correctOption]}</dd>
        </div>
        <div>
          <dt>Entries</dt>
          <dd>
            {entries} ({correct} with the right answer)
          </dd>
        </div>
      </dl>
      <h2>Winner</h2>
      {state === 'closed' ? (
        <DrawForm competitionId={c.id} again={c.draws.length > 0} />
      ) : (
        <>
          <p>The winner can be drawn once the competition closes.</p>
          {state === 'open' ? <CloseCompetitionForm competitionId={c.id} /> : null}
        </>
      )}
      {c.draws.length ? (
        <DataTable
          caption="Every draw, oldest first"
          columns={['Drawn', 'By', 'Winner', 'Eligible entries', 'Chosen', 'Entries digest', 'Reason']}
        >
          {c.draws.map((d) => (
            <tr key={String(d.id)}>
              <th scope="row">{formatDateTime(d.drawnAt)}</th>
              <td>{d.drawnBy}</td>
              <td>
                {d.winnerReference}
                {d.winner ? ` (${d.winner.name}, ${d.winner.email})` : ' (entry since deleted)'}
              </td>
              <td>{d.eligibleCount}</td>
              <td>number {d.chosenIndex + 1}</td>
              <td>
                <code>{d.entriesDigest.slice(0, 16)}…</code>
              </td>
              <td>{d.reason ?? '—'}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      <h2>Entries</h2>
      {entries ? (
        <>
          <DataTable
            caption="Entries, in the order they came in"
            columns={['Reference', 'Entered', 'Name', 'Email', 'Answer', 'Newsletter box']}
          >
            {list.map((e) => (
              <tr key={e.id}>
                <th scope="row">{e.reference}</th>
                <td>{formatDateTime(e.createdAt)}</td>
                <td>{e.name}</td>
                <td>{e.email}</td>
                <td>
                  {c.options[e.answer] ?? '—'} ({e.answer === c.correctOption ? 'right' : 'wrong'})
                </td>
                <td>{e.marketingOptIn ? 'Ticked' : 'Not ticked'}</td>
              </tr>
            ))}
          </DataTable>
          <Pagination path={`/admin/competitions/${id}`} page={page} pageSize={PAGE_SIZE} total={entries} params={{}} />
        </>
      ) : (
        <p>No entries yet.</p>
      )}
    </>
  );
}
