import { useState } from 'preact/hooks';
import type { Activity, ActivityDocument } from '../api/types';
import { useServices } from '../services';
import { activityText } from './activity-text';
import { saveFile } from './save-file';

/**
 * A record's activities, newest first: what happened, when, what it says (in the reader's language when the CRM
 * wrote it) and the documents it carries (the PDF a "quote sent" sent, fetched with the user's token when asked).
 */
export function Timeline({ activities }: { activities: Activity[] }) {
  const { api, t } = useServices();
  const [failed, setFailed] = useState<string | null>(null);

  async function open(document: ActivityDocument) {
    setFailed(null);
    try {
      saveFile(await api.activityDocument(document));
    } catch {
      setFailed(document.fileName);
    }
  }

  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t.t('deal.timeline')}</h2>
      {activities.length === 0 ? <p>{t.t('deal.timelineEmpty')}</p> : (
        <ul class="plain timeline">
          {activities.map(activity => (
            <li key={activity.id}><strong>{t.optional(`activity.${activity.type}`) ?? activity.type}</strong>
              {' '}· {t.dateTime(activity.occurredAt)}{activityText(activity, t) && <> · {activityText(activity, t)}</>}
              {(activity.documents ?? []).filter(document => document.href).map(document => (
                <span key={document.fileName}>
                  {' '}<button type="button" class="link" onClick={() => void open(document)}
                    aria-label={t.t('timeline.document', { file: document.fileName })}>↓ {document.fileName}</button>
                  {failed === document.fileName && <span class="error" role="alert"> {t.t('timeline.documentFailed')}</span>}
                </span>))}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
