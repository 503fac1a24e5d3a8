import type { Activity } from '../api/types';
import { useServices } from '../services';

/** A record's activities, newest first: what happened, when, and its summary. */
export function Timeline({ activities }: { activities: Activity[] }) {
  const { t } = useServices();
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t.t('deal.timeline')}</h2>
      {activities.length === 0 ? <p>{t.t('deal.timelineEmpty')}</p> : (
        <ul class="plain timeline">
          {activities.map(activity => (
            <li key={activity.id}><strong>{t.optional(`activity.${activity.type}`) ?? activity.type}</strong>
              {' '}· {t.dateTime(activity.occurredAt)}{activity.summary && <> · {activity.summary}</>}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
