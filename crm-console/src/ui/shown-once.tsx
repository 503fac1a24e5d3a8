/**
 * A secret the service shows this once (an intake key, a webhook's signing secret): said so, in a field that
 * selects itself for copying. A region, not a status, so it stays put while the page's own notices come and go.
 */
export function ShownOnce({ id, title, help, label, value }: { id: string; title: string; help: string;
  label: string; value: string }) {
  return (
    <section class="card secret" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p>{help}</p>
      <label for={id}>{label}</label>
      <input id={id} class="secret-value" readOnly value={value} onFocus={e => (e.target as HTMLInputElement).select()} />
    </section>
  );
}
