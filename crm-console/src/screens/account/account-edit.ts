import type { Account, AccountContact, AccountEdit, NewContact } from '../../api/types';

/** The account's profile as its form edits it (text, as typed). */
export interface ProfileForm { name: string; tier: string; lifecycle: string; country: string; website: string;
  tradeTerms: string; paymentPreference: string }

export function profileOf(account: Account): ProfileForm {
  return { name: account.name, tier: account.tier, lifecycle: account.lifecycle, country: account.country ?? '',
    website: account.website ?? '', tradeTerms: account.tradeTerms ?? '', paymentPreference: account.paymentPreference ?? '' };
}

/** Only what changed, trimmed; an emptied field is not sent (the service keeps it). */
export function profileChanges(account: Account, form: ProfileForm): AccountEdit {
  const before = profileOf(account);
  const edit: AccountEdit = {};
  for (const key of Object.keys(before) as (keyof ProfileForm)[]) {
    const value = form[key].trim();
    if (value && value !== before[key]) edit[key] = value;
  }
  return edit;
}

/** A person as the form edits them (text, as typed). */
export interface PersonDetails { name: string; email: string; phone: string; role: string }

/** A person at the account as their correction starts: what the service has, blanks for what it has not. */
export function contactForm(contact: AccountContact): PersonDetails {
  return { name: contact.name ?? '', email: contact.email ?? '', phone: contact.phone ?? '',
    role: contact.role === 'OTHER' ? '' : contact.role };
}

/**
 * A person as the service takes them: what was typed, blanks left out (for a new person nothing is sent; for a
 * correction a blank removes the detail, since the service replaces the person's details with what it is given).
 */
export function newContact(form: PersonDetails): NewContact {
  const contact: NewContact = {};
  for (const key of ['name', 'email', 'phone', 'role'] as const) {
    const value = form[key].trim();
    if (value) contact[key] = value;
  }
  return contact;
}
