package io.tenantcrm.core.activity;

import io.tenantcrm.core.audit.RecordRef;

import java.util.Objects;

/**
 * A document that goes with an activity, such as the PDF of the quote version a "quote sent" activity sent. It
 * names the document, not its bytes: a quote version's document is drawn again from the stored version, which never
 * changes once sent, so the timeline always offers what the customer received.
 *
 * @param fileName  the name the file is saved under, e.g. {@code Q-2026-00042-v2.pdf}
 * @param mediaType e.g. {@code application/pdf}
 * @param document  the record whose document it is
 * @param version   which version of that record's document (a quote's version number); 0 for a record without
 */
public record AttachedDocument(String fileName, String mediaType, RecordRef document, int version) {

    public AttachedDocument {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(document, "document");
        if (fileName.isBlank() || version < 0) {
            throw new IllegalArgumentException("an attached document needs a file name and a version of 0 or more");
        }
    }
}
