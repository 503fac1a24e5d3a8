package io.tenantcrm.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;

/**
 * The readable text of a message: its first text/plain part, else its first text/html part with the markup taken
 * out by jsoup (enough for a timeline snippet and the kept body; the HTML itself is not kept). Attachments are skipped.
 */
final class MessageText {

    private MessageText() {
    }

    static String of(Part message) throws MessagingException {
        try {
            String plain = first(message, "text/plain");
            if (plain != null) {
                return plain;
            }
            String html = first(message, "text/html");
            return html == null ? "" : withoutMarkup(html);
        } catch (IOException e) {
            throw new MessagingException("cannot read the message's text", e);
        }
    }

    private static String first(Part part, String type) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return null;
        }
        if (part.isMimeType(type)) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart child = parts.getBodyPart(i);
                String found = first(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The HTML's text (jsoup), without the quoted earlier messages mail programs put in blockquotes. */
    static String withoutMarkup(String html) {
        Document document = Jsoup.parse(html);
        document.select("blockquote, script, style").remove();
        return document.text();
    }
}
