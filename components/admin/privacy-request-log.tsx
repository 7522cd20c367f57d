// What has happened to a data request, oldest first, with who did it and what changed.
import { formatDateTime } from '@/lib/format';
import { describeEventDetail } from '@/lib/privacy/event-detail';

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

// Each event, with what it changed in sentences (corrections say what each field said before).
export function PrivacyRequestLog({ events }: { events: Event[] }) {
  return (
    <ol className="timeline">
      {events.map((e) => {
        const detail = describeEventDetail(e.action, e.detail);
        return (
          <li key={String(e.id)}>
            <p className="timeline-meta">{formatDateTime(e.createdAt)}</p>
            <p>
              {who(e.actor)} {ACTIONS[e.action] ?? e.action}.
            </p>
            {detail.map((sentence) => (
              <p key={sentence} className="timeline-detail">
                {sentence}
              </p>
            ))}
          </li>
        );
      })}
    </ol>
  );
}
