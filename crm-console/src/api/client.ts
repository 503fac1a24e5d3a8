import type {
  Account, AccountContact, Activity, ActivityDocument, ActivityType, Board, Clock, Colleague, Conversion, Deal, DealChange, DuplicateMatch, Health, Lead, NewLead, NextStep,
  AccountEdit, AssignmentPolicy, DealEdit, NewContact, Invitation, OrderChain, Ownership, Forecast, Handover, PipelineDefinition, ImportedRecords, ImportJob, IntakeKey, Page, Person, Pipeline, Problem, ProcessHealth, PaymentRisk,
  PaymentShare, Product, Quote, QuoteDraft, SalesOrder, Score, SearchHit, Signup, Task, Team, TenantSettings,
  WebhookDelivery, WebhookEndpoint,
} from './types';

/** The service answered with a problem detail (4xx, 5xx). */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
  }
}

/** The service could not be reached at all (no network, server down): the request may be tried again later. */
export class Unreachable extends Error {}

/** A token for each call; an empty one for the public calls (signup) made before anyone signs in. */
export type TokenSource = () => Promise<string>;

/** A request; `file` is sent as it is (an upload) in place of a JSON body. */
interface Call { method?: string; body?: unknown; file?: Blob; idempotencyKey?: string; ifMatch?: number;
  accept?: string }

/**
 * The one typed client of /api/v1. Every call carries a fresh token and the user's language; a problem+json
 * answer becomes an {@link ApiError}, a failed fetch an {@link Unreachable}.
 */
export class ApiClient {
  constructor(private readonly base: string, private readonly token: TokenSource, private readonly language: string,
              private readonly fetcher: typeof fetch = (input, init) => fetch(input, init)) {}

  private async call<T>(path: string, call: Call = {}): Promise<T> {
    const response = await this.send(path, call);
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** A file the service answers (a quote's PDF, an import's report), with the name it suggests saving it under. */
  async download(path: string, type = 'application/pdf'): Promise<{ blob: Blob; fileName: string }> {
    const response = await this.send(path, { accept: `${type}, application/problem+json` });
    const disposition = response.headers.get('Content-Disposition') ?? '';
    return { blob: await response.blob(), fileName: /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'download' };
  }

  /** Sends a request; a problem answer becomes an ApiError, a failed fetch an Unreachable. */
  private async send(path: string, { method = 'GET', body, file, idempotencyKey, ifMatch, accept }: Call):
      Promise<Response> {
    const headers: Record<string, string> = {
      Accept: accept ?? 'application/json, application/problem+json',
      'Accept-Language': this.language,
    };
    const token = await this.token();
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (file) headers['Content-Type'] = file.type || 'application/octet-stream';
    if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
    if (ifMatch !== undefined) headers['If-Match'] = `"${ifMatch}"`;
    let response: Response;
    try {
      response = await this.fetcher(this.base + path, {
        method, headers, body: file ?? (body === undefined ? undefined : JSON.stringify(body)),
      });
    } catch (e) {
      throw new Unreachable(e instanceof Error ? e.message : String(e));
    }
    if (!response.ok) {
      const json = parseOrNothing(await response.text());
      // a gateway in front of a stopped service answers 502-504 without a problem body: as good as unreachable
      if (json?.status === undefined && response.status >= 502 && response.status <= 504) {
        throw new Unreachable(`HTTP ${response.status}`);
      }
      throw new ApiError({ status: response.status, ...(json ?? {}) });
    }
    return response;
  }

  // leads
  receiveLead(lead: NewLead, idempotencyKey: string): Promise<Lead> {
    return this.call('/leads', { method: 'POST', body: lead, idempotencyKey });
  }
  lead(id: string): Promise<Lead> { return this.call(`/leads/${enc(id)}`); }
  leadScore(id: string): Promise<Score> { return this.call(`/leads/${enc(id)}/score`); }
  leadClocks(id: string): Promise<Clock[]> { return this.call(`/leads/${enc(id)}/sla`); }
  leadOwnership(id: string): Promise<Ownership[]> { return this.call(`/leads/${enc(id)}/ownership`); }
  unassignedLeads(): Promise<Page<Lead>> { return this.call('/leads?view=unassigned&size=20'); }
  myLeads(status = 'NEW'): Promise<Page<Lead>> { return this.call(`/leads?view=mine&status=${status}&size=20`); }
  /** The caller takes an unassigned lead for themselves (refused once someone owns it). */
  takeLead(lead: Lead): Promise<Lead> {
    return this.call(`/leads/${enc(lead.id)}/take`, { method: 'POST', ifMatch: lead.version });
  }
  /** work, qualify: no body; nurture, disqualify: a reason. */
  leadAction(lead: Lead, action: 'work' | 'qualify' | 'nurture' | 'disqualify', reason?: string): Promise<Lead> {
    return this.call(`/leads/${enc(lead.id)}/${action}`, { method: 'POST', ifMatch: lead.version,
      body: reason === undefined ? undefined : { reason } });
  }
  convertLead(lead: Lead, dealTitle: string, nextStep: NextStep, idempotencyKey: string): Promise<Conversion> {
    return this.call(`/leads/${enc(lead.id)}/conversion`, { method: 'POST', ifMatch: lead.version, idempotencyKey,
      body: { dealTitle, nextStep } });
  }

  // people of the tenant (admins)
  people(): Promise<Person[]> { return this.call('/admin/users'); }
  invite(invitation: Invitation): Promise<Person> {
    return this.call('/admin/users', { method: 'POST', body: invitation });
  }
  changeRoles(person: Person, roles: string[]): Promise<Person> {
    return this.call(`/admin/users/${enc(person.id)}/roles`, { method: 'PUT', body: { roles } });
  }
  setActive(person: Person, active: boolean): Promise<Person> {
    return this.call(`/admin/users/${enc(person.id)}/${active ? 'reactivate' : 'deactivate'}`, { method: 'POST' });
  }
  /** Someone's open leads, open deals, accounts and open tasks go to a colleague, each transfer audited. */
  handOver(person: Person, to: string, reason: string): Promise<Handover> {
    return this.call(`/admin/users/${enc(person.id)}/handover`, { method: 'POST', body: { to, reason } });
  }
  teams(): Promise<Team[]> { return this.call('/admin/teams'); }
  setTeam(manager: string, members: string[]): Promise<Team> {
    return this.call(`/admin/teams/${enc(manager)}`, { method: 'PUT', body: { members } });
  }

  /** The tenant's assignment rules; null while it has none (the service answers 404). */
  async assignmentPolicy(): Promise<AssignmentPolicy | null> {
    try {
      return await this.call<AssignmentPolicy>('/admin/assignment');
    } catch (e) {
      if (e instanceof ApiError && e.problem.status === 404) return null;
      throw e;
    }
  }
  replaceAssignmentPolicy(policy: AssignmentPolicy): Promise<AssignmentPolicy> {
    return this.call('/admin/assignment', { method: 'PUT', body: policy });
  }

  // the tenant's own settings, keys and endpoints (admins)
  settings(): Promise<TenantSettings> { return this.call('/admin/settings'); }
  changeSetting(key: string, value: string): Promise<TenantSettings> {
    return this.call(`/admin/settings/${enc(key)}`, { method: 'PUT', body: { value } });
  }
  intakeKeys(): Promise<IntakeKey[]> { return this.call('/admin/intake-keys'); }
  issueIntakeKey(name: string, channel: string): Promise<IntakeKey> {
    return this.call('/admin/intake-keys', { method: 'POST', body: { name, channel } });
  }
  revokeIntakeKey(key: IntakeKey, reason: string): Promise<IntakeKey> {
    return this.call(`/admin/intake-keys/${enc(key.id)}/revocation`, { method: 'POST', body: { reason } });
  }
  webhooks(): Promise<WebhookEndpoint[]> { return this.call('/admin/webhooks'); }
  registerWebhook(url: string, events: string[], description: string): Promise<WebhookEndpoint> {
    return this.call('/admin/webhooks', { method: 'POST', body: { url, events, description } });
  }
  webhookDeliveries(endpoint: WebhookEndpoint): Promise<WebhookDelivery[]> {
    return this.call(`/admin/webhooks/${enc(endpoint.id)}/deliveries?limit=10`);
  }
  /** Stopping says why (kept with the endpoint and shown to admins); sending again needs no reason. */
  setWebhookActive(endpoint: WebhookEndpoint, active: boolean, reason?: string): Promise<WebhookEndpoint> {
    return this.call(`/admin/webhooks/${enc(endpoint.id)}/${active ? 'enable' : 'disable'}`, { method: 'POST',
      body: active ? undefined : { reason } });
  }

  // imports of spreadsheets
  /** Uploads a CSV or .xlsx of leads, accounts or deals; the answer suggests which column feeds which field. */
  uploadImport(file: File, type: ImportedRecords): Promise<ImportJob> {
    return this.call(`/imports?type=${type}&name=${enc(file.name)}`, { method: 'POST', file });
  }
  importJob(id: string): Promise<ImportJob> { return this.call(`/imports/${enc(id)}`); }
  changeImportMapping(job: ImportJob, mapping: Record<string, number>): Promise<ImportJob> {
    return this.call(`/imports/${enc(job.id)}/mapping`, { method: 'PUT', body: { mapping } });
  }
  /** dry-run: what every row would come to, nothing written; run: the import itself, in the background. */
  startImport(job: ImportJob, kind: 'dry-run' | 'run'): Promise<ImportJob> {
    return this.call(`/imports/${enc(job.id)}/${kind}`, { method: 'POST' });
  }
  cancelImport(job: ImportJob): Promise<ImportJob> { return this.call(`/imports/${enc(job.id)}/cancel`, { method: 'POST' }); }
  importReport(job: ImportJob, run: 'dry' | 'real'): Promise<{ blob: Blob; fileName: string }> {
    return this.download(`/imports/${enc(job.id)}/report?run=${run}`, 'text/csv');
  }

  /** Leads, accounts and contacts the caller may see whose name, company, email or phone holds the text. */
  search(q: string): Promise<SearchHit[]> { return this.call(`/search?q=${enc(q)}`); }

  // accounts
  account(id: string): Promise<Account> { return this.call(`/accounts/${enc(id)}`); }
  accountContacts(id: string): Promise<AccountContact[]> { return this.call(`/accounts/${enc(id)}/contacts`); }
  editAccount(account: Account, edit: AccountEdit): Promise<Account> {
    return this.call(`/accounts/${enc(account.id)}/edit`, { method: 'POST', ifMatch: account.version, body: edit });
  }
  /** A person at the account; the Idempotency-Key makes a retried save one person, not two. */
  addContact(account: Account, contact: NewContact, idempotencyKey: string): Promise<AccountContact> {
    return this.call(`/accounts/${enc(account.id)}/contacts`, { method: 'POST', idempotencyKey, body: contact });
  }
  /** A person corrected: the details as given replace theirs (a blank one is removed), at the version read. */
  editContact(account: Account, contact: AccountContact, details: NewContact): Promise<AccountContact> {
    return this.call(`/accounts/${enc(account.id)}/contacts/${enc(contact.id)}`, { method: 'PUT',
      ifMatch: contact.recordVersion, body: details });
  }
  paymentRisk(id: string): Promise<PaymentRisk> { return this.call(`/accounts/${enc(id)}/payment-risk`); }
  /** The account's whole story: its own activities and those about its contacts, deals and leads. */
  accountStory(id: string): Promise<Page<Activity>> { return this.call(`/timeline/account/${enc(id)}/all?size=20`); }

  // quotes
  products(): Promise<Product[]> { return this.call('/products'); }
  dealQuotes(dealId: string): Promise<Quote[]> { return this.call(`/deals/${enc(dealId)}/quotes`); }
  startQuote(dealId: string, draft: QuoteDraft): Promise<Quote> {
    return this.call(`/deals/${enc(dealId)}/quotes`, { method: 'POST', body: draft });
  }
  /** submit: to approval (approved at once within the policy); send: to the customer, once approved. */
  quoteAction(quote: Quote, action: 'submit' | 'send'): Promise<Quote> {
    return this.call(`/quotes/${enc(quote.id)}/${action}`, { method: 'POST', ifMatch: quote.recordVersion });
  }
  decideQuote(quote: Quote, approve: boolean, reason?: string): Promise<Quote> {
    return this.call(`/quotes/${enc(quote.id)}/decision`, { method: 'POST', ifMatch: quote.recordVersion,
      body: { approve, reason } });
  }
  quotesAwaitingMe(): Promise<Quote[]> { return this.call('/quotes/awaiting-me'); }
  /** The customer's PDF of a version, in English or Chinese. */
  quoteDocument(quote: Quote, version: number, lang: string): Promise<{ blob: Blob; fileName: string }> {
    return this.download(`/quotes/${enc(quote.id)}/versions/${version}/document?lang=${enc(lang)}`);
  }

  /** A document a timeline entry carries, in the language the service picks for it (the account's, else ours). */
  activityDocument(document: ActivityDocument): Promise<{ blob: Blob; fileName: string }> {
    return this.download(`/${document.href}`, document.mediaType);
  }

  // orders and their money
  dealOrders(dealId: string): Promise<SalesOrder[]> { return this.call(`/orders?deal=${enc(dealId)}`); }
  /** The customer ordered a sent version: the order, numbered, with its schedule; the deal is won at its amount. */
  /** A quote is ordered once: the service refuses a second order of it, so a retry cannot double it. */
  placeOrder(quote: Quote, version: number, payments: PaymentShare[]): Promise<SalesOrder> {
    return this.call('/orders', { method: 'POST', body: { quoteId: quote.id, version, payments } });
  }
  advanceOrder(order: SalesOrder, status: string): Promise<SalesOrder> {
    return this.call(`/orders/${enc(order.id)}/status`, { method: 'POST', ifMatch: order.recordVersion,
      body: { status } });
  }
  cancelOrder(order: SalesOrder, reason: string): Promise<SalesOrder> {
    return this.call(`/orders/${enc(order.id)}/cancel`, { method: 'POST', ifMatch: order.recordVersion,
      body: { reason } });
  }
  /** Money received; If-Match makes a retry of the same receipt a 412, never a second receipt. */
  recordPayment(order: SalesOrder, payment: { amount: string; receivedOn: string; method: string; reference: string }):
      Promise<SalesOrder> {
    return this.call(`/orders/${enc(order.id)}/payments`, { method: 'POST', ifMatch: order.recordVersion,
      body: { amount: { amount: payment.amount, currency: order.amount.currency }, receivedOn: payment.receivedOn,
        method: payment.method, reference: payment.reference || undefined } });
  }

  /** The tenant's people by name; `mine`: those whose records the caller works (a manager's team and themselves). */
  colleagues(scope?: 'mine'): Promise<Colleague[]> { return this.call(scope ? `/people?scope=${scope}` : '/people'); }

  /** A company signs up (public: no token). */
  signUp(signup: Signup): Promise<{ tenantId: string; slug: string; adminUserId: string }> {
    return this.call('/signup', { method: 'POST', body: signup });
  }

  // what may already be in the CRM
  possibleDuplicates(who: { personName?: string; companyName?: string; email?: string; phone?: string;
                            country?: string }): Promise<DuplicateMatch[]> {
    return this.call<{ matches: DuplicateMatch[] }>('/duplicates/check', { method: 'POST', body: who })
      .then(answer => answer.matches);
  }

  // the day's work
  myTasks(): Promise<Page<Task>> { return this.call('/tasks/mine?size=20'); }
  completeTask(id: string): Promise<Task> { return this.call(`/tasks/${enc(id)}/done`, { method: 'POST' }); }
  slippingDeals(): Promise<Page<Deal>> { return this.call('/deals?view=slipping&size=20'); }

  // deals
  /** The open deals the caller may see, a column per open stage, each with its health. */
  board(): Promise<Board> { return this.call('/board'); }
  /** The weighted forecast of the caller's team (admins: the tenant) by expected close month. */
  forecastByMonth(): Promise<Forecast> { return this.call('/forecast?by=close-month'); }
  /** A rep's process-health index over the last 28 days. */
  processHealth(rep: string): Promise<ProcessHealth> { return this.call(`/reports/process-health?rep=${enc(rep)}`); }
  /** Quote to cash over the last 28 days for the records the caller sees. */
  orderChain(): Promise<OrderChain> { return this.call('/reports/order-chain'); }
  deal(id: string): Promise<Deal> { return this.call(`/deals/${enc(id)}`); }
  dealHealth(id: string): Promise<Health> { return this.call(`/deals/${enc(id)}/health`); }
  pipeline(): Promise<Pipeline> { return this.call('/pipeline'); }
  pipelineDefinition(): Promise<PipelineDefinition> { return this.call('/pipeline'); }
  /** Admins: the whole pipeline replaced; a stage open deals sit in cannot be removed. */
  replacePipeline(pipeline: PipelineDefinition): Promise<PipelineDefinition> {
    return this.call('/pipeline', { method: 'PUT', body: pipeline });
  }
  moveDeal(deal: Deal, stage: string, nextStep?: NextStep): Promise<DealChange> {
    return this.call(`/deals/${enc(deal.id)}/stage`, { method: 'POST', ifMatch: deal.version,
      body: { stage, nextStep } });
  }
  scheduleNextStep(deal: Deal, nextStep: NextStep): Promise<DealChange> {
    return this.call(`/deals/${enc(deal.id)}/next-step`, { method: 'POST', ifMatch: deal.version, body: nextStep });
  }
  editDeal(deal: Deal, edit: DealEdit): Promise<DealChange> {
    return this.call(`/deals/${enc(deal.id)}/edit`, { method: 'POST', ifMatch: deal.version, body: edit });
  }
  loseDeal(deal: Deal, category: string, subReason: string, note?: string): Promise<DealChange> {
    return this.call(`/deals/${enc(deal.id)}/lose`, { method: 'POST', ifMatch: deal.version,
      body: { category, subReason, note } });
  }
  timeline(type: 'deal' | 'lead' | 'account', id: string): Promise<Page<Activity>> {
    return this.call(`/timeline/${type}/${enc(id)}?size=20`);
  }
  /** A call, email, meeting or note about a deal, as happened now. */
  logActivity(type: ActivityType, about: { type: string; id: string }, summary: string | undefined,
              idempotencyKey: string): Promise<Activity> {
    return this.call('/activities', { method: 'POST', idempotencyKey, body: {
      type, direction: type === 'NOTE' ? 'INTERNAL' : 'OUTBOUND', about: [about],
      occurredAt: new Date().toISOString(), summary } });
  }
}

/** A problem body, or nothing when a proxy answered with something that is not JSON. */
function parseOrNothing(text: string): Record<string, unknown> | undefined {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

function enc(id: string): string {
  return encodeURIComponent(id);
}
