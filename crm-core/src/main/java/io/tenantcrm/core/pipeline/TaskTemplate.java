package io.tenantcrm.core.pipeline;

import io.tenantcrm.core.shared.TextLimit;

import java.time.Duration;
import java.util.Objects;

/** A task a stage creates when a deal enters it, for the deal's owner, due a fixed time after entry. */
public record TaskTemplate(String title, Duration dueAfterEntry) {

    public TaskTemplate {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(dueAfterEntry, "dueAfterEntry");
        if (title.isBlank()) {
            throw new IllegalArgumentException("a task template needs a title");
        }
        TextLimit.LINE.check("title", title);
        if (dueAfterEntry.isNegative()) {
            throw new IllegalArgumentException("a task cannot be due before the stage is entered");
        }
    }
}
