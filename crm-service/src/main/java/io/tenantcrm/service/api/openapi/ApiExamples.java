package io.tenantcrm.service.api.openapi;

/** Request bodies shown in the OpenAPI document: the same shapes docs/api.md walks through. */
public final class ApiExamples {

    public static final String LEAD = """
            {"source": "web-form", "sourceDetail": "contact page",
             "contact": {"personName": "Ana Costa", "companyName": "Costa Valvulas Lda",
                         "email": "ana@costa-valvulas.pt", "phone": "+351 21 123 4567"},
             "country": "PT", "productInterest": "brass fittings", "message": "Need 5 000 pcs DN15, price FOB?"}""";

    public static final String QUALIFICATION = """
            {"needClarity": "specs-or-drawings", "buyingStage": "sampling", "volume": "medium",
             "frequency": "recurring", "requestedPaymentTerms": "letter-of-credit", "requestedTradeTerms": "FOB",
             "companyType": "distributor", "productLine": "brass fittings"}""";

    public static final String CONVERSION = """
            {"dealTitle": "Brass fittings", "amount": {"amount": "25000.00", "currency": "EUR"},
             "nextStep": {"action": "Send catalogue", "due": "2026-12-01T09:00:00Z"}}""";

    public static final String NEW_DEAL = """
            {"accountId": "6f1c0a52-0b3e-4a56-9a1e-2f6c1d9e8b11", "title": "Valves 2027",
             "amount": {"amount": "48000", "currency": "SEK"}, "expectedClose": "2027-03-31",
             "nextStep": {"action": "Send the offer", "due": "2026-12-01T09:00:00Z"}}""";

    public static final String STAGE_MOVE = """
            {"stage": "quote", "nextStep": {"action": "Call about the quote", "due": "2026-12-03T09:00:00Z"}}""";

    public static final String LOSS = """
            {"category": "price", "subReason": "budget cut", "note": "Back in Q3 with a new budget"}""";

    public static final String ACCOUNT = """
            {"name": "Nordic Valves AB", "country": "SE"}""";

    public static final String ACTIVITY = """
            {"type": "call", "direction": "outbound",
             "about": [{"type": "deal", "id": "0c8a7f2e-5d1b-4f0e-9c3a-7b6d5e4f3a21"}],
             "summary": "Discussed volumes and the sampling plan"}""";

    public static final String SIGNUP = """
            {"slug": "initech", "companyName": "Initech Export", "adminEmail": "ina@initech.example",
             "adminFirstName": "Ina", "adminLastName": "Tech"}""";

    public static final String INVITE = """
            {"email": "wile@acme.example", "firstName": "Wile", "lastName": "Coyote", "roles": ["sales-rep"]}""";

    public static final String TEAM = """
            {"members": ["2b1f5c7e-8d9a-4e3b-a1c2-d3e4f5a6b7c8"]}""";

    public static final String SETTING = """
            {"value": "P21D"}""";

    public static final String PRODUCT = """
            {"sku": "VLV-DN50", "name": "Ball valve DN50", "unit": "pcs",
             "prices": [{"currency": "USD", "list": "40.00", "floor": "34.00", "unitCost": "30.00"}]}""";

    public static final String QUOTE = """
            {"currency": "USD",
             "lines": [{"productId": "5d0c3b8e-9f1a-4c2b-8e7d-6a5b4c3d2e1f", "quantity": "500",
                        "discountPercent": "15"},
                       {"description": "Sea freight to Hamburg", "quantity": "1", "unitPrice": "850.00"}],
             "terms": {"incoterm": "FOB", "place": "Ningbo", "paymentTerms": "TT_DEPOSIT_BALANCE_BEFORE_SHIPMENT",
                       "validUntil": "2026-12-31", "note": "Delivery 30 days after the deposit"}}""";

    public static final String DECISION = """
            {"approve": false, "reason": "15% is too deep for a first order: 10% at most"}""";

    public static final String ACCEPTED_VERSION = """
            {"version": 2}""";

    public static final String ORDER = """
            {"quoteId": "7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3928", "version": 1,
             "payments": [{"label": "30% deposit", "percent": "30", "due": "2026-12-10"},
                          {"label": "70% balance before shipment", "percent": "70", "due": "2027-01-20"}]}""";

    public static final String ORDER_STATUS = """
            {"status": "shipped"}""";

    public static final String ORDER_CANCEL = """
            {"reason": "The buyer's import licence was refused"}""";

    public static final String PAYMENT = """
            {"amount": {"amount": "6000.00", "currency": "USD"}, "receivedOn": "2026-12-09",
             "method": "bank-transfer", "reference": "TT 8812"}""";

    private ApiExamples() {
    }
}
