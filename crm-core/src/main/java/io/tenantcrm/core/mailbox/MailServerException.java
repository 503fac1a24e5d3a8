package io.tenantcrm.core.mailbox;

/**
 * The mail server could not be reached, refused the sign-in, or has no such folder. The message is for the
 * mailbox's owner and never carries the password.
 */
public class MailServerException extends Exception {

    public MailServerException(String message) {
        super(message);
    }

    public MailServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
