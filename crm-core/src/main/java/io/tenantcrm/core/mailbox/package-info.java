/**
 * Email sync: a seller's mailbox, read by the platform, so conversations with customers land on the right lead,
 * account and deal without anyone typing them in.
 *
 * <p>A {@link io.tenantcrm.core.mailbox.Mailbox} is one user's IMAP connection (its password kept sealed by the
 * port). {@link io.tenantcrm.core.mailbox.MailboxSync} reads each folder incrementally by UID through the
 * {@link io.tenantcrm.core.mailbox.MailServer} port, finds whom each message is with ({@link
 * io.tenantcrm.core.mailbox.Correspondents}: leads and contacts by address, the contacts' accounts and open
 * deals) and logs it as an email activity as the mailbox's owner, which moves the deals' activity and rotting
 * clocks and lets an outbound reply stop a lead's first-response clock. A message is taken once per tenant, by
 * its Message-ID, however many mailboxes it is in.
 */
package io.tenantcrm.core.mailbox;
