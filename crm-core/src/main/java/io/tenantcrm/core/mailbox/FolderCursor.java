package io.tenantcrm.core.mailbox;

import java.util.Objects;

/**
 * How far a folder has been read: every message up to {@code lastUid} is taken. UIDs only mean something under
 * one UIDVALIDITY; when the server changes it (the folder was rebuilt), the folder is read again from the start,
 * and the Message-IDs keep what was taken from being taken twice.
 */
public record FolderCursor(String folder, long uidValidity, long lastUid) {

    public FolderCursor {
        Objects.requireNonNull(folder, "folder");
        if (lastUid < 0) {
            throw new IllegalArgumentException("lastUid must not be negative");
        }
    }

    /** A folder never read. */
    public static FolderCursor start(String folder) {
        return new FolderCursor(folder, 0, 0);
    }

    public boolean fresh() {
        return lastUid == 0;
    }
}
