import { useState } from 'preact/hooks';
import type { ImportedRecords } from '../../api/types';
import { useServices } from '../../services';
import { described, Field } from '../../ui/forms';
import { PageFrame } from '../../ui/page-frame';
import { useAction } from '../../ui/use-action';

const FIELDS = ['file', 'type'];
const KINDS: ImportedRecords[] = ['leads', 'accounts', 'deals'];
/** The catalogue is the admins' to keep: only they import products (the service refuses anyone else). */
const ADMIN_KINDS: ImportedRecords[] = [...KINDS, 'products'];

/**
 * The first step of an import: which records the file holds, and the file (CSV or .xlsx, as exported from a
 * trade-show scanner, a marketplace or another CRM). The import's own page then shows what the service read.
 */
export function ImportUpload() {
  const { api, t, session } = useServices();
  const kinds = session.has('tenant-admin') ? ADMIN_KINDS : KINDS;
  const [type, setType] = useState<ImportedRecords>('leads');
  const [file, setFile] = useState<File | null>(null);
  const { busy, errors, run, showErrors } = useAction(FIELDS, async () => {});
  const labels = { file: t.t('import.file'), type: t.t('import.type') };

  return (
    <PageFrame id="import" title={t.t('import.title')} help={t.t('import.help')} errors={errors} labels={labels}>
      <form class="card" noValidate onSubmit={event => {
        event.preventDefault();
        if (!file) {
          showErrors({ fields: { file: t.t('import.chooseFile') }, general: [] });
          return;
        }
        void run(async () => `/imports/${(await api.uploadImport(file, type)).id}`);
      }}>
        <fieldset class="field">
          <legend>{labels.type}</legend>
          {kinds.map(kind => (
            <label key={kind} class="choice">
              <input type="radio" name="type" value={kind} checked={type === kind} onChange={() => setType(kind)} />
              {' '}{t.t(`import.type.${kind}`)}
            </label>
          ))}
        </fieldset>
        <Field id="file" label={labels.file} error={errors.fields.file} hint={t.t('import.fileHint')}>
          <input {...described('file', errors.fields.file, t.t('import.fileHint'))} type="file"
            accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={e => setFile((e.target as HTMLInputElement).files?.[0] ?? null)} />
        </Field>
        <button type="submit" class="primary" disabled={busy}>{t.t('import.upload')}</button>
      </form>
      <p class="hint">{t.t('import.nextSteps')}</p>
    </PageFrame>
  );
}
