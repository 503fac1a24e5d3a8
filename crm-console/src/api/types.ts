// The shapes of the service's JSON, as /openapi describes them (only the parts the console reads).

export interface Violation { field: string; message: string; code?: string }

/** RFC 9457 problem detail: every error the service answers. */
export interface Problem {
  type?: string; title?: string; status: number; detail?: string; violations?: Violation[];
}

export interface Contact {
  personName?: string | null; companyName?: string | null; email?: string | null; phone?: string | null;
  jobTitle?: string | null;
}

export type SourceChannel = 'WEB_FORM' | 'MARKETPLACE' | 'TRADE_SHOW' | 'EMAIL' | 'PHONE' | 'REFERRAL' | 'OTHER';
export const SOURCE_CHANNELS: SourceChannel[] =
  ['TRADE_SHOW', 'PHONE', 'EMAIL', 'WEB_FORM', 'MARKETPLACE', 'REFERRAL', 'OTHER'];

export interface NewLead {
  source: SourceChannel; contact: Contact; country?: string | null; productInterest?: string | null;
  receivedAt?: string;
}

/** One piece of duplicate evidence: a stable code (crm-core's Signal), its values, its weight in bits (+ for, - against). */
export interface Evidence { code: string; values: string[]; weight: number }

export interface DuplicateMatch { type: 'lead' | 'contact' | 'account'; id: string; score: number; sure: boolean;
  reasons: string[]; evidence: Evidence[] }

export interface Lead {
  id: string; version: number; status: string; source: string; sourceDetail?: string | null; receivedAt: string;
  contact: Contact; country?: string | null; productInterest?: string | null; owner?: string | null;
  possibleDuplicates?: DuplicateMatch[] | null;
}

export interface Page<T> { items: T[]; next?: string | null }

export interface ScoreRule { rule: string; input: string; points: number; maxPoints: number;
  said?: ActivityWording | null }
export interface Score { score: number; grade: string; recommendation: string; explanation: string;
  rules: ScoreRule[] }

export interface Clock { name: string; due: string; keptAt?: string | null; breached: boolean;
  timeLeft?: string | null }

/** A change of owner; {@code said} is the reason step by step when the CRM worked it out (assignment rules). */
export interface Ownership { from?: string | null; to?: string | null; by?: string | null; at: string;
  reason?: string | null; said?: ActivityWording[] | null }

export interface Task { id: string; title: string; due?: string | null; about?: string | null; status: string;
  doneAt?: string | null; wording?: ActivityWording | null }

export interface NextStep { action: string; due: string }
export interface MoneyJson { amount: string; currency: string }

export interface Deal {
  id: string; version: number; title: string; accountId: string; stage: string; amount?: MoneyJson | null;
  nextStep?: NextStep | null; owner: string; status: string; expectedClose?: string | null;
  productInterest?: string | null; tradeTerms?: string | null; paymentTerms?: string | null;
  stageEnteredAt?: string; lossReason?: { category: string; subReason?: string | null; note?: string | null } | null;
}

export interface Conversion { leadId: string; accountId: string; contactId: string; deal: Deal }

export interface DealChange { deal: Deal; tasksCreated: string[]; suggestedFieldsMissing: string[] }

export interface HealthSignal { signal: string; value: number; threshold: number; effect: string;
  explanation: string }
export interface Health { color: 'GREEN' | 'YELLOW' | 'RED'; signals: HealthSignal[] }

export interface Stage { id: string; name: string; kind: 'OPEN' | 'WON' | 'LOST'; probabilityPercent: number;
  requiredFields?: string[] }
export interface Pipeline { id: string; name: string; stages: Stage[] }

export type ActivityType = 'CALL' | 'EMAIL' | 'MEETING' | 'NOTE' | 'QUOTE_SENT' | 'SAMPLE_SHIPPED'
  | 'PAYMENT_TERMS_CONFIRMED' | 'ORDER_PLACED' | 'PAYMENT_RECEIVED';
export interface Activity { id: string; type: ActivityType; direction: string; occurredAt: string; loggedBy: string;
  summary?: string | null; documents?: ActivityDocument[]; wording?: ActivityWording | null }
/** What an activity the CRM wrote says, as a code the console translates and its values. */
export interface ActivityWording { code: string; values: Record<string, string> }
/** A document an activity carries (the PDF a "quote sent" sent); href is relative to /api/v1. */
export interface ActivityDocument { fileName: string; mediaType: string; href?: string | null }

/** The structured loss reasons the service accepts: a category and one of its sub-reasons (crm-core LossCategory). */
export const LOSS_REASONS: Record<string, string[]> = {
  PRICE: ['above target price', 'competitor cheaper', 'budget cut', 'freight or currency cost'],
  LEAD_TIME: ['delivery too slow', 'sample too late', 'no capacity'],
  SPECIFICATION: ['does not meet specification', 'certification missing', 'sample failed quality check'],
  TRUST: ['no track record', 'references not convincing', 'communication problems'],
  PROCESS: ['payment terms refused', 'minimum order quantity too high', 'paperwork or compliance',
    'we answered too slowly'],
  EXTERNAL: ['project cancelled', 'tariffs or sanctions', 'buyer went silent', 'made in-house'],
};

export interface Person { id: string; email: string; firstName?: string | null; lastName?: string | null;
  roles: string[]; active: boolean }
export interface Invitation { email: string; firstName: string; lastName: string; roles: string[];
  initialPassword?: string }
export interface Signup { slug: string; companyName: string; adminEmail: string; adminFirstName: string;
  adminLastName: string; adminPassword?: string }
export const CRM_ROLES = ['sales-rep', 'sales-manager', 'tenant-admin'] as const;

export interface BoardCard { deal: Deal; health: Health }
export interface BoardColumn { stage: string; name: string; probabilityPercent: number; count: number;
  value: MoneyJson[]; cards: BoardCard[] }
export interface Board { columns: BoardColumn[] }

/** A colleague of the tenant (GET /people): names for the ids records carry. */
export interface Colleague { id: string; name: string; email: string; roles: string[]; active: boolean;
  inMyScope: boolean }

export type ProcessSignalName = 'A_TIER_TOUCHES_PER_WEEK' | 'QUOTE_FEEDBACK_HOURS' | 'OVERDUE_COLLECTIONS_ACTED_PERCENT'
  | 'NEED_CONFIRMATION_HOURS' | 'STAGE_CONVERSION_PERCENT' | 'DAYS_IN_STAGE';
export interface ProcessSignal { name: ProcessSignalName; value: number; target: number; higherIsBetter: boolean;
  weight: number; contribution: number; samples: number }
/** The process-health index of a rep over a period: 0-100, each signal with its value, target and points. */
export interface ProcessHealth { subject: string; from: string; to: string; index: number; signals: ProcessSignal[] }

export interface ForecastLine { group: string; currency?: string | null; deals: number; total: string;
  weighted: string; dealsWithoutAmount: number }
export interface Forecast { by: string; lines: ForecastLine[] }

/** A catalogue product with its prices per currency (GET /products). */
export interface Product { id: string; sku: string; name: string; unit: string;
  prices: { currency: string; list: string; floor?: string | null; unitCost?: string | null }[]; active: boolean }

export type QuoteStatus = 'draft' | 'in-approval' | 'approved' | 'rejected' | 'sent' | 'accepted' | 'superseded';
export interface QuoteLineView { productId?: string | null; sku?: string | null; description: string; quantity: string;
  unit?: string | null; unitPrice: MoneyJson; discountPercent: string; net: MoneyJson; margin?: MoneyJson | null;
  marginPercent?: string | null; underFloor: boolean }
export interface ApprovalStep { name: string; reasons: { code: string; reason: string }[]; approvers: string[];
  waitingSince?: string | null; escalations: number; decision?: string | null; decidedBy?: string | null;
  decidedAt?: string | null; reason?: string | null }
export interface QuoteVersionView { number: number; status: QuoteStatus; lines: QuoteLineView[];
  terms: { incoterm?: string | null; place?: string | null; paymentTerms?: string | null; validUntil: string;
    note?: string | null };
  totals: { list: MoneyJson; discount: MoneyJson; net: MoneyJson; marginPercent?: string | null;
    discountPercent?: string | null };
  approval?: ApprovalStep[] | null; madeBy: string; madeAt: string; sentAt?: string | null }
/** A quote on a deal; `recordVersion` is what its ETag carries, `versions` its numbered versions. */
export interface Quote { id: string; recordVersion: number; number: string; dealId: string; owner: string;
  currency: string; status: QuoteStatus; acceptedVersion?: number | null; versions: QuoteVersionView[] }
export interface QuoteDraft { currency: string;
  lines: { productId: string; quantity: string; discountPercent: string }[];
  terms: { incoterm: string; place: string; paymentTerms: string; validUntil: string } }

export const INCOTERMS = ['EXW', 'FCA', 'FAS', 'FOB', 'CFR', 'CIF', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP'] as const;
export const PAYMENT_TERMS = ['TT_IN_ADVANCE', 'TT_DEPOSIT_BALANCE_BEFORE_SHIPMENT', 'LETTER_OF_CREDIT',
  'DOCUMENTS_AGAINST_PAYMENT', 'DOCUMENTS_AGAINST_ACCEPTANCE', 'OPEN_ACCOUNT', 'CASH_IN_ADVANCE_ONLINE'] as const;

/** A record search found (GET /search). */
export interface SearchHit { type: 'lead' | 'account' | 'contact'; id: string; title: string; detail?: string | null;
  owner?: string | null; accountId?: string | null }

export const ACCOUNT_TIERS = ['A', 'B', 'C'] as const;
export const LIFECYCLES = ['PROSPECT', 'ACTIVE', 'WON', 'REPEAT', 'DORMANT', 'CHURNED'] as const;
export const BUYING_ROLES = ['PURCHASING', 'ENGINEERING', 'QUALITY', 'FINANCE', 'OWNER', 'OTHER'] as const;
/** A change to an account's profile (POST /accounts/{id}/edit): only what changed. */
export interface AccountEdit { name?: string; tier?: string; lifecycle?: string; country?: string; website?: string;
  tradeTerms?: string; paymentPreference?: string }
export interface NewContact { name?: string; email?: string; phone?: string; role?: string }
export interface Account { id: string; version: number; name: string; tier: string; lifecycle: string; owner: string;
  country?: string | null; language?: string | null; website?: string | null; tradeTerms?: string | null;
  paymentPreference?: string | null }
export interface AccountContact { id: string; recordVersion: number; name?: string | null; email?: string | null;
  phone?: string | null; role: string }
export interface PaymentRisk { level: 'NONE' | 'LOW' | 'WATCH' | 'HIGH'; explanation: string;
  reasons: { code: string; order: string; instalment: string; outstanding: MoneyJson; due: string; daysLate: number }[] }

/** A run of an import: the dry run (nothing written) or the real one (POST /imports/{id}/dry-run, /run). */
export type ImportRunStatus = 'running' | 'done' | 'cancelled' | 'failed' | 'interrupted';
export interface ImportRun { status: ImportRunStatus; rowsTotal: number; rowsDone: number; created: number;
  updated: number; skipped: number; rejected: number; toReview: number; cancelRequested: boolean;
  error?: string | null; startedAt: string; finishedAt?: string | null; reportRows?: number | null }
/** An uploaded spreadsheet: its columns, which field each feeds (field name to column number), its runs. */
export type ImportedRecords = 'leads' | 'accounts' | 'deals' | 'products';
export interface ImportJob { id: string; type: ImportedRecords; fileName?: string | null; format: string;
  rows: number; headers: string[]; mapping: Record<string, number>; fields: string[]; createdBy: string;
  createdAt: string; dryRun?: ImportRun | null; run?: ImportRun | null }

/** A key a web form or marketplace sends leads with; `key` only in the answer to issuing it, shown once. */
export interface IntakeKey { id: string; name: string; channel: string; createdBy: string; createdAt: string;
  lastUsedAt?: string | null; revokedBy?: string | null; revokedAt?: string | null; key?: string | null }
/** The channels a key may be issued for (crm-core SourceChannel), as the console's source.* messages name them. */
export const INTAKE_CHANNELS: SourceChannel[] = ['WEB_FORM', 'MARKETPLACE', 'EMAIL', 'OTHER'];

/** A webhook endpoint; `secret` only in the answer to registering it, shown once. */
export interface WebhookEndpoint { id: string; url: string; events: string[]; description?: string | null;
  createdBy: string; createdAt: string; active: boolean; failures: number; disabledAt?: string | null;
  disabledReason?: string | null; secret?: string | null }
export interface WebhookDelivery { id: string; event: string; status: string; createdAt: string; attempts: number;
  nextAttemptAt?: string | null; deliveredAt?: string | null; abandonedAt?: string | null;
  lastOutcome?: string | null }
export const WEBHOOK_EVENTS = ['lead.received', 'deal.stage_changed', 'deal.won', 'deal.lost', 'quote.approved',
  'order.created', 'payment.received', 'payment.overdue'] as const;

/** The settings in force (own value or platform default), what the tenant set itself, and every key it may set. */
/** The kind of value a setting takes (crm-core SettingKind), for the input that fits it. */
export interface SettingKind { type: 'duration' | 'number' | 'days' | 'score' | 'list' | 'choice' | 'time-zone' | 'person'
  | 'text'; options: string[] }
export interface TenantSettings { settings: Record<string, string>; own: Record<string, string>; known: string[];
  kinds?: Record<string, SettingKind> }

/** A sales manager's team: the people whose records they see and steer. */
export interface Team { manager: string; members: string[] }
/** How many records of each kind changed hands. */
export interface Handover { from: string; to: string; handedOver: Record<string, number> }

export type OrderStatus = 'confirmed' | 'in-production' | 'shipped' | 'delivered' | 'closed' | 'cancelled';
export const ORDER_STATUSES: OrderStatus[] = ['confirmed', 'in-production', 'shipped', 'delivered', 'closed'];
export const PAYMENT_METHODS = ['BANK_TRANSFER', 'LETTER_OF_CREDIT', 'DOCUMENTARY_COLLECTION', 'CARD', 'CASH',
  'OTHER'] as const;
export interface Instalment { label: string; amount: MoneyJson; due: string; paid: MoneyJson; outstanding: MoneyJson;
  daysLate: number; overdue: boolean; collectionOpenedOn?: string | null }
export interface PaymentReceipt { amount: MoneyJson; receivedOn: string; method: string; reference?: string | null;
  recordedBy: string }
/** A sales order from a quote's accepted version; `recordVersion` is what its ETag carries. */
export interface SalesOrder { id: string; recordVersion: number; number: string; dealId: string; quoteId: string; quoteVersion: number;
  owner: string; status: OrderStatus; cancelReason?: string | null; amount: MoneyJson; received: MoneyJson;
  outstanding: MoneyJson; instalments: Instalment[]; receipts: PaymentReceipt[] }
/** A part of the payment schedule as the seller agrees it: percent of the order, due on a day. */
export interface PaymentShare { label: string; percent: string; due: string }

/** The whole pipeline as the service keeps it (GET and PUT /pipeline); durations in hours. */
export interface StageDefinition { id: string; name: string; kind: 'OPEN' | 'WON' | 'LOST'; probabilityPercent: number;
  forecastCategory: string; rottingDays: number; maxNextStepGapHours: number; escalationAfterHours?: number | null;
  requiredFields: string[]; suggestedFields: string[]; tasksOnEntry: { title: string; dueAfterHours: number }[] }
export interface PipelineDefinition { id: string; name: string; skippingAllowed: boolean; movingBackAllowed: boolean;
  stages: StageDefinition[] }

/** Who a rule gives a lead to: a person by user id, or a pool by name. */
export interface AssignmentTarget { type: 'user' | 'pool'; value: string }
export interface AssignmentRule { name: string; countries: string[]; productLines: string[]; sources: string[];
  grades: string[]; target: AssignmentTarget }
export interface SalesPoolDefinition { name: string; members: string[]; distribution: 'ROUND_ROBIN' | 'LEAST_LOADED';
  cap?: number | null }
/** The tenant's assignment rules (first that fits wins), its pools and who gets what no rule takes. */
export interface AssignmentPolicy { rules: AssignmentRule[]; pools: SalesPoolDefinition[]; fallback: AssignmentTarget }
export const GRADES = ['A', 'B', 'C', 'D'] as const;

/** A change to a deal's fields (POST /deals/{id}/edit): only what changed; a closed deal's edit needs a reason. */
export interface DealEdit { title?: string; amount?: MoneyJson; expectedClose?: string; productInterest?: string;
  tradeTerms?: string; paymentTerms?: string; reason?: string }

/** Quote to cash over a period (GET /reports/order-chain): money per currency as decimal text. */
export interface OrderChain { from: string; to: string; today: string;
  conversion: { quotesSent: number; ordered: number; rate: number };
  terms: { rep: string; versionsSent: number; averageDiscountPercent?: string | number | null;
    averageMarginPercent?: string | number | null; marginUnknown: number }[];
  paymentCycle: { paidInFull: number; medianDays: number };
  overdue: { currency: string; upTo7Days: string; from8To30Days: string; from31To60Days: string; over60Days: string;
    total: string }[] }
