// What has happened to a data request, oldest first, with who did it and what changed.
import { formatDateTime } from '@/lib/format';

type Event = { id: bigint; action: string; actor: string; detail: unknown; createdAt: Date };

const ACTIONS: Record<string, string> = {
  submitted: 'made the request',
  verified: 'confirmed it by email',
  'objection-applied': 'stopped all marketing (applied automatically)',
  released: 'released a copy of the data',
  viewed: 'opened the copy',
  downloaded: 'downloaded the copy as JSON',
  rectified: 'applied the corrections',
  erased: 'erased the person’s data',
  extended: 'extended the deadline',
  refused: 'refused the request',
  completed: 'marked it as done',
};

const who = (actor: string) => (actor === 'requester' ? 'The person' : actor === 'system' ? 'The site' : actor);

// Each event's detail is shown as its stored JSON: corrections keep what each field said before.
export function PrivacyRequestLog({ events }: { events: Event[] }) {
  return (
    <ol className="timeline">
      {events.map((e) => {
        // The due date a verification sets is shown with the request; other details are shown as stored.
        const shown = e.action !== 'verified' && e.detail && typeof e.detail === 'object' && Object.keys(e.detail).length;
        const detail = shown ? JSON.stringify(e.detail, null, 1) : null;
        return (
          <li key={String(e.id)}>
            <p className="timeline-meta">{formatDateTime(e.createdAt)}</p>
            <p>
              {who(e.actor)} {ACTIONS[e.action] ?? e.action}.
            </p>
            {detail ? <pre className="email-text">{detail}</pre> : null}
          </li>
        );
      })}
    </ol>
  );
}
