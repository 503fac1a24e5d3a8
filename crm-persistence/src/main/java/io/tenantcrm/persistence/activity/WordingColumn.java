package io.tenantcrm.persistence.activity;

import com.fasterxml.jackson.core.type.TypeReference;
import io.tenantcrm.core.shared.Wording;
import io.tenantcrm.persistence.mapping.JsonText;

import java.util.Map;

/** How the CRM's own wording of an activity or a task is stored: JSON of a code and its values, null for none. */
final class WordingColumn {

    private record Row(String code, Map<String, String> values) {
    }

    private WordingColumn() {
    }

    static String write(Wording wording) {
        return wording == null ? null : JsonText.write(new Row(wording.code(), wording.values()));
    }

    static Wording read(String json, String what) {
        if (json == null) {
            return null;
        }
        Row row = JsonText.read(json, new TypeReference<Row>() { }, what);
        return new Wording(row.code(), row.values());
    }
}
