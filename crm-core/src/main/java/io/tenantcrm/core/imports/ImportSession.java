package io.tenantcrm.core.imports;

import java.util.List;

/**
 * One file's import, fed its rows in order, a batch at a time: a dry run says what each row would come to and
 * writes nothing; a real run does it. A session is one or the other, and both come to the same outcomes.
 */
public interface ImportSession {

    List<RowOutcome> dryRun(List<ImportRow> rows);

    List<RowOutcome> apply(List<ImportRow> rows);
}
