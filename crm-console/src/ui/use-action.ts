import { useState } from 'preact/hooks';
import { ApiError, Unreachable } from '../api/client';
import { formErrors, type FormErrors } from '../api/problem';
import { navigate } from '../router';
import { useServices } from '../services';

const NO_ERRORS: FormErrors = { fields: {}, general: [] };

/** What a problem, a lost connection or a failure says on a form whose inputs are these fields. */
export function useProblems(fields: readonly string[]) {
  const { t } = useServices();
  return (e: unknown): FormErrors => e instanceof Unreachable ? { fields: {}, general: [t.t('problem.unreachable')] }
    : formErrors(e instanceof ApiError ? e.problem : { status: 500 }, t, fields);
}

/**
 * One way for a screen to change a record: busy while it runs, the service's problems beside the fields named,
 * a notice when done, the record read again; a change someone else made meanwhile (412) is said and reloaded,
 * never overwritten. An action that answers a route (a conversion: its deal) goes there instead.
 */
export function useAction(fields: readonly string[], reload: () => Promise<void>, changedElsewhere?: string) {
  const problems = useProblems(fields);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [notice, setNotice] = useState<string | null>(null);

  /** Resolves to whether the action succeeded. */
  async function run(action: () => Promise<unknown>, done?: string): Promise<boolean> {
    setBusy(true);
    setErrors(NO_ERRORS);
    setNotice(null);
    try {
      const next = await action();
      if (typeof next === 'string') {
        navigate(next);
        return true;
      }
      setNotice(done ?? null);
      await reload();
      return true;
    } catch (e) {
      if (changedElsewhere && e instanceof ApiError && e.problem.status === 412) {
        setErrors({ fields: {}, general: [changedElsewhere] });
        await reload();
      } else {
        setErrors(problems(e));
      }
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { busy, errors, notice, run, showErrors: setErrors, clearErrors: () => setErrors(NO_ERRORS) };
}
