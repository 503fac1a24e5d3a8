import type { NewLead, SourceChannel } from '../../api/types';

/** What the quick-lead form holds: text as typed. */
export interface LeadEntry {
  personName: string; companyName: string; phone: string; email: string; country: string; source: SourceChannel;
}

const trimmed = (text: string) => text.trim() || undefined;

/** The form's values and the requests made of them; the service checks every rule again. */
export const leadEntry = {
  empty(source: SourceChannel, country: string): LeadEntry {
    return { personName: '', companyName: '', phone: '', email: '', country, source };
  },

  from(lead: NewLead): LeadEntry {
    return {
      personName: lead.contact.personName ?? '', companyName: lead.contact.companyName ?? '',
      phone: lead.contact.phone ?? '', email: lead.contact.email ?? '', country: lead.country ?? '',
      source: lead.source,
    };
  },

  /** The inquiry as the API takes it, received now: a lead captured offline keeps the moment it was taken. */
  toNewLead(entry: LeadEntry, now: Date): NewLead {
    return {
      source: entry.source,
      receivedAt: now.toISOString(),
      country: trimmed(entry.country),
      contact: {
        personName: trimmed(entry.personName), companyName: trimmed(entry.companyName),
        phone: trimmed(entry.phone), email: trimmed(entry.email),
      },
    };
  },

  /** Enough typed to look for the same person: an email, a phone, or a company name of a few letters. */
  identifies(entry: LeadEntry): boolean {
    return entry.email.includes('@') || entry.phone.replace(/\D/g, '').length >= 7
      || entry.companyName.trim().length >= 3;
  },

  toCheck(entry: LeadEntry) {
    return {
      personName: trimmed(entry.personName), companyName: trimmed(entry.companyName),
      email: entry.email.includes('@') ? entry.email.trim() : undefined,
      phone: entry.phone.replace(/\D/g, '').length >= 7 ? entry.phone.trim() : undefined,
      country: trimmed(entry.country),
    };
  },
};
