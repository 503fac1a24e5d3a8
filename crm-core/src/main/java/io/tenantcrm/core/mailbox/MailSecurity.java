package io.tenantcrm.core.mailbox;

/** How the connection to the mail server is protected. */
public enum MailSecurity {
    /** TLS from the first byte (IMAPS, port 993). */
    SSL,
    /** Plain connection upgraded with STARTTLS before signing in (port 143); refused if the server cannot. */
    STARTTLS,
    /** No encryption: only where the deployment allows it (a local test server). */
    NONE
}
