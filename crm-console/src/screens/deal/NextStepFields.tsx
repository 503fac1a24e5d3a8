import { useServices } from '../../services';
import { described, Field, inputId } from '../../ui/forms';

/**
 * The next step's two inputs, what and which day, wherever a deal gets one (conversion, the deal page, the
 * board): an open deal never goes without it, and the service names either input when it refuses.
 */
export function NextStepFields({ action, due, onAction, onDue, errors, hint }: { action: string; due: string;
  onAction: (action: string) => void; onDue: (day: string) => void; errors: Record<string, string>;
  hint?: string }) {
  const { t } = useServices();
  const actionId = inputId('nextStep.action');
  const dueId = inputId('nextStep.due');
  return (
    <>
      <Field id={actionId} label={t.t('field.nextStep.action')} error={errors['nextStep.action']} hint={hint}>
        <input {...described(actionId, errors['nextStep.action'], hint)} value={action}
          onInput={e => onAction((e.target as HTMLInputElement).value)} />
      </Field>
      <Field id={dueId} label={t.t('field.nextStep.due')} error={errors['nextStep.due']}>
        <input {...described(dueId, errors['nextStep.due'])} type="date" value={due}
          onInput={e => onDue((e.target as HTMLInputElement).value)} />
      </Field>
    </>
  );
}
