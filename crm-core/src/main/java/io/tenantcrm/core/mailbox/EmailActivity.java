package io.tenantcrm.core.mailbox;

import io.tenantcrm.core.activity.Activity;
import io.tenantcrm.core.activity.Direction;
import io.tenantcrm.core.shared.EmailAddress;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a message reads on the timeline: outbound when the mailbox's owner sent it, the subject, who wrote to whom,
 * and the start of the text with quoted replies and runs of white space dropped, so the timeline shows what is new
 * in each message within the activity's limit.
 */
public final class EmailActivity {

    /** Characters of the message's text shown on the timeline. */
    public static final int SNIPPET = 1000;

    private EmailActivity() {
    }

    public static Direction direction(MailMessage message, EmailAddress owner) {
        return owner.equals(message.from()) ? Direction.OUTBOUND : Direction.INBOUND;
    }

    /** Everyone on the message but the owner: the people it may be about. */
    public static Set<EmailAddress> correspondents(MailMessage message, EmailAddress owner) {
        Set<EmailAddress> all = new LinkedHashSet<>();
        if (message.from() != null) {
            all.add(message.from());
        }
        all.addAll(message.to());
        all.remove(owner);
        return all;
    }

    public static String summary(MailMessage message) {
        String subject = message.subject().isEmpty() ? "(no subject)" : message.subject();
        String header = "Email: " + subject + "\nFrom: " + (message.from() == null ? "?" : message.from().value())
                + "\nTo: " + message.to().stream().map(EmailAddress::value).collect(Collectors.joining(", "));
        String snippet = snippet(message.text());
        String summary = snippet.isEmpty() ? header : header + "\n\n" + snippet;
        return summary.length() <= Activity.MAX_SUMMARY ? summary
                : summary.substring(0, Activity.MAX_SUMMARY - 1) + "…";
    }

    static String snippet(String text) {
        List<String> fresh = text.lines()
                .takeWhile(line -> !line.matches("^On .+ wrote:\\s*$") && !line.startsWith("-----Original Message"))
                .filter(line -> !line.startsWith(">"))
                .toList();
        String joined = String.join(" ", fresh).replaceAll("\\s+", " ").strip();
        return joined.length() <= SNIPPET ? joined : joined.substring(0, SNIPPET - 1) + "…";
    }
}
