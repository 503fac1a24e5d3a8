package io.tenantcrm.core.lead;

import io.tenantcrm.core.shared.RuleViolationException;

/** A file that came with an inquiry (a drawing, a spec sheet), known by reference; the bytes live elsewhere. */
public record Attachment(String fileName, String mediaType, long sizeBytes, String location) {

    public Attachment {
        if (fileName == null || fileName.isBlank()) {
            throw new RuleViolationException("attachments.fileName", "an attachment needs a file name");
        }
        if (sizeBytes < 0) {
            throw new RuleViolationException("attachments.sizeBytes", "must not be negative");
        }
    }
}
