package io.tenantcrm.core.deal;

import io.tenantcrm.core.pipeline.DealField;
import io.tenantcrm.core.shared.Verdict;
import io.tenantcrm.core.shared.Violation;

import java.util.Arrays;
import java.util.List;

/** A stage is entered only with the fields it requires filled. Suggested fields never block. */
public final class RequiredFieldsPolicy implements StageMovePolicy {

    @Override
    public Verdict check(StageMove move) {
        List<Violation> missing = Arrays.stream(DealField.values())
                .filter(field -> move.to().fieldsToEnter().required().contains(field))
                .filter(field -> !move.deal().has(field))
                .map(field -> Violation.required(field.fieldName(), "is required to enter " + move.to().name()))
                .toList();
        return Verdict.of(missing);
    }
}
