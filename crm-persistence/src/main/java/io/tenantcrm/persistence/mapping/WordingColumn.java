package io.tenantcrm.persistence.mapping;

import com.fasterxml.jackson.core.type.TypeReference;
import io.tenantcrm.core.shared.Wording;

import java.util.List;
import java.util.Map;

/**
 * How the CRM's own wording is stored: JSON of a code and its values (an activity, a task), or a list of them (the
 * steps of a reason); null for none.
 */
public final class WordingColumn {

    private record Row(String code, Map<String, String> values) {
    }

    private WordingColumn() {
    }

    public static String write(Wording wording) {
        return wording == null ? null : JsonText.write(row(wording));
    }

    public static Wording read(String json, String what) {
        if (json == null) {
            return null;
        }
        return wording(JsonText.read(json, new TypeReference<Row>() { }, what));
    }

    public static String writeAll(List<Wording> steps) {
        return steps.isEmpty() ? null : JsonText.write(steps.stream().map(WordingColumn::row).toList());
    }

    public static List<Wording> readAll(String json, String what) {
        if (json == null) {
            return List.of();
        }
        return JsonText.read(json, new TypeReference<List<Row>>() { }, what).stream().map(WordingColumn::wording)
                .toList();
    }

    private static Row row(Wording wording) {
        return new Row(wording.code(), wording.values());
    }

    private static Wording wording(Row row) {
        return new Wording(row.code(), row.values());
    }
}
