package io.tenantcrm.persistence.lead;

import io.tenantcrm.core.lead.Attachment;

import java.util.ArrayList;
import java.util.List;

/**
 * A lead's attachment references in one text column, a line each: size, media type, location and file name,
 * tab-separated (file names and locations cannot contain tabs or line breaks; they are replaced by spaces).
 * Attachments are read with their lead and never queried on their own, so a child table would buy nothing.
 */
final class AttachmentsColumn {

    private AttachmentsColumn() {
    }

    static String write(List<Attachment> attachments) {
        if (attachments.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (Attachment a : attachments) {
            text.append(a.sizeBytes()).append('\t').append(clean(a.mediaType())).append('\t')
                    .append(clean(a.location())).append('\t').append(clean(a.fileName())).append('\n');
        }
        return text.toString();
    }

    static List<Attachment> read(String column) {
        List<Attachment> attachments = new ArrayList<>();
        if (column == null) {
            return attachments;
        }
        for (String line : column.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\t", 4);
            attachments.add(new Attachment(parts[3], parts[1].isEmpty() ? null : parts[1], Long.parseLong(parts[0]),
                    parts[2].isEmpty() ? null : parts[2]));
        }
        return attachments;
    }

    private static String clean(String value) {
        return value == null ? "" : value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
