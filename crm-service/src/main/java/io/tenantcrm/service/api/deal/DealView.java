package io.tenantcrm.service.api.deal;

import io.tenantcrm.core.deal.Deal;
import io.tenantcrm.service.api.Json;

/** How the API shows a deal. */
public record DealView(String id, long version, String title, String accountId, String primaryContactId,
                       Json.MoneyJson amount, String expectedClose, String productInterest, String tradeTerms,
                       String paymentTerms, String stage, String status, String stageEnteredAt, String owner,
                       Json.NextStepJson nextStep, LossJson lossReason, Integer probabilityOverride) {

    /** Why a lost deal was lost. */
    public record LossJson(String category, String subReason, String note) {
    }

    public static DealView of(Deal deal) {
        return new DealView(deal.id().toString(), deal.version(), deal.title(), deal.account().toString(),
                deal.primaryContact() == null ? null : deal.primaryContact().toString(),
                Json.MoneyJson.of(deal.amount()),
                deal.expectedClose() == null ? null : deal.expectedClose().toString(), deal.productInterest(),
                deal.tradeTerms() == null ? null : deal.tradeTerms().name(),
                deal.paymentTerms() == null ? null : deal.paymentTerms().name(), deal.stage().value(),
                deal.status().name(), deal.stageEnteredAt().toString(), deal.owner().value(),
                Json.NextStepJson.of(deal.nextStep()),
                deal.lossReason() == null ? null : new LossJson(deal.lossReason().category().name(),
                        deal.lossReason().subReason(), deal.lossReason().note()),
                deal.probabilityOverride());
    }
}
