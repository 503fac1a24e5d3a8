package io.tenantcrm.service.api.account;

import io.tenantcrm.core.Crm;
import io.tenantcrm.core.account.Account;
import io.tenantcrm.core.account.AccountEdit;
import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.account.AccountTier;
import io.tenantcrm.core.account.BuyingRole;
import io.tenantcrm.core.account.Contact;
import io.tenantcrm.core.account.ContactId;
import io.tenantcrm.core.account.Lifecycle;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.order.Ordering;
import io.tenantcrm.core.order.PaymentRisk;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.Incoterm;
import io.tenantcrm.core.shared.InvalidValueException;
import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.shared.PaymentTerms;
import io.tenantcrm.core.shared.PhoneNumber;
import io.tenantcrm.core.shared.UnitOfWork;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.service.api.Inputs;
import io.tenantcrm.service.api.Json;
import io.tenantcrm.service.api.Roles;
import io.tenantcrm.service.api.Versions;
import io.tenantcrm.service.idempotency.Idempotency;
import io.tenantcrm.service.security.CallerContext;
import io.tenantcrm.service.security.Visibility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** A customer company and its people. Changes need the account's ETag in If-Match. */
@Path("/accounts/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
public class AccountResource {

    @Inject
    Crm crm;

    @Inject
    Idempotency idempotency;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    CallerContext caller;

    @Inject
    Visibility visibility;

    @Inject
    Ordering ordering;

    @Context
    HttpHeaders headers;

    @PathParam("id")
    AccountId id;

    public record AccountView(String id, long version, String customerId, String name, String tier,
                              String lifecycle, String owner, String country, String timeZone, String language,
                              String tradeTerms, String paymentPreference, String website) {
        public static AccountView of(Account a) {
            return new AccountView(a.id().toString(), a.version(), a.customer().toString(), a.name(), a.tier().name(),
                    a.lifecycle().name(), a.owner().value(), a.country() == null ? null : a.country().value(),
                    a.timeZone() == null ? null : a.timeZone().getId(),
                    a.language() == null ? null : a.language().toLanguageTag(),
                    a.tradeTerms() == null ? null : a.tradeTerms().name(),
                    a.paymentPreference() == null ? null : a.paymentPreference().name(), a.website());
        }
    }

    public record AccountEditRequest(String name, String tier, String lifecycle, String country, String timeZone,
                              String language, String tradeTerms, String paymentPreference, String website) {
    }

    public record ContactRequest(String name, String email, String phone, String role) {
    }

    /** {@code recordVersion}: the contact's version, the one its ETag carries (If-Match for a correction). */
    public record ContactView(String id, long recordVersion, String name, String email, String phone, String role) {
        static ContactView of(Contact c) {
            return new ContactView(c.id().toString(), c.version(), c.name(),
                    c.email() == null ? null : c.email().value(), c.phone() == null ? null : c.phone().value(),
                    c.role().name());
        }
    }

    public record AccountOwnerRequest(String owner, String reason) {
    }

    @GET
    @Operation(summary = "One account; its ETag is its version")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "AccountView")))
    public Response get() {
        Account account = visible(id);
        return Response.ok(AccountView.of(account)).tag(Versions.tag(account.version())).build();
    }

    @POST
    @Path("edit")
    @Operation(summary = "Edit the profile (tier, lifecycle, country, time zone, language, terms); audited")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "AccountView")))
    public Response edit(AccountEditRequest request) {
        Inputs.requireBody(request);
        AccountId accountId = id;
        AccountEdit edit = new AccountEdit(request.name(), Inputs.optional(AccountTier.class, request.tier(), "tier"),
                Inputs.optional(Lifecycle.class, request.lifecycle(), "lifecycle"),
                request.country() == null ? null : CountryCode.of(request.country()), zone(request.timeZone()),
                Inputs.language(request.language(), "language"),
                Inputs.optional(Incoterm.class, request.tradeTerms(), "tradeTerms"),
                Inputs.optional(PaymentTerms.class, request.paymentPreference(), "paymentPreference"), request.website());
        return change(accountId, () -> crm.accounts().edit(accountId, edit));
    }

    @POST
    @Path("owner")
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.SALES_MANAGER})
    @Operation(summary = "Hand the account over, with a reason (managers and admins)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "AccountView")))
    public Response reassign(AccountOwnerRequest request) {
        Inputs.requireBody(request);
        AccountId accountId = id;
        UserId owner = Inputs.userId(request.owner(), "owner");
        return change(accountId, () -> crm.accounts().reassign(accountId, owner, request.reason()));
    }

    @GET
    @Path("payment-risk")
    @Operation(summary = "How much the account's payments are to be watched: NONE before its first order, LOW,"
            + " WATCH (late within the grace, or sent to collections in the last year), HIGH (owed and with"
            + " collections); each reason with its code, order, instalment, outstanding amount and days late")
    public PaymentRiskView paymentRisk() {
        AccountId accountId = visible(id).id();
        return PaymentRiskView.of(ordering.paymentRisk(accountId));
    }

    /** An account's payment risk with the instalments behind it; amounts as plain decimal text. */
    public record PaymentRiskView(String level, String explanation, List<Reason> reasons) {
        public record Reason(String code, String order, String instalment, Json.MoneyJson outstanding,
                             java.time.LocalDate due, long daysLate) {
        }

        static PaymentRiskView of(PaymentRisk risk) {
            return new PaymentRiskView(risk.level().name(), risk.explain(), risk.reasons().stream()
                    .map(r -> new Reason(r.code(), r.order(), r.instalment(), Json.MoneyJson.of(r.outstanding()),
                            r.due(), r.daysLate())).toList());
        }
    }

    @GET
    @Path("contacts")
    @Operation(summary = "The people at this account")
    public List<ContactView> contacts() {
        visible(id);
        return crm.accounts().contactsOf(id).stream().map(ContactView::of).toList();
    }

    @POST
    @Path("contacts")
    @Operation(summary = "Add a person: a name, an email or a phone is enough")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "ContactView")))
    public Response addContact(@HeaderParam(Idempotency.HEADER) String idempotencyKey, ContactRequest request) {
        Inputs.requireBody(request);
        return idempotency.create(idempotencyKey, request, () -> {
            AccountId accountId = id;
            Account account = visible(accountId);
            Contact contact = crm.accounts().addContact(accountId, request.name(), email(request),
                    phone(request, account), Inputs.optional(BuyingRole.class, request.role(), "role"));
            return Response.status(201).entity(ContactView.of(contact)).tag(Versions.tag(contact.version()))
                    .build();
        });
    }

    @PUT
    @Path("contacts/{contactId}")
    @Operation(summary = "Correct a person: name, email and phone as given (one left out is removed), the buying"
            + " role when given; If-Match the contact's ETag (its recordVersion); audited")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "ContactView")))
    public Response editContact(@PathParam("contactId") ContactId contact, ContactRequest request) {
        Inputs.requireBody(request);
        AccountId accountId = id;
        Contact saved = unitOfWork.inTransaction(() -> {
            Account account = visible(accountId);
            Contact current = crm.accounts().contactsOf(accountId).stream().filter(c -> c.id().equals(contact))
                    .findFirst().orElseThrow(() -> new NotFoundException("contact", contact));
            Versions.requireMatch(headers, current.version());
            return crm.accounts().editContact(accountId, contact, current.version(), request.name(), email(request),
                    phone(request, account), Inputs.optional(BuyingRole.class, request.role(), "role"));
        });
        return Response.ok(ContactView.of(saved)).tag(Versions.tag(saved.version())).build();
    }

    private static EmailAddress email(ContactRequest request) {
        try {
            return request.email() == null || request.email().isBlank() ? null : EmailAddress.of(request.email());
        } catch (InvalidValueException e) {
            throw e.forField("email");
        }
    }

    private static PhoneNumber phone(ContactRequest request, Account account) {
        try {
            return request.phone() == null || request.phone().isBlank() ? null
                    : PhoneNumber.parse(request.phone(), account.country());
        } catch (InvalidValueException e) {
            throw e.forField("phone");
        }
    }

    /**
     * A change to the account: visible to the caller (else 404) and at the version in If-Match (else 428/412),
     * checked in the same transaction as the change, so no one else's change slips in between.
     */
    private Response change(AccountId accountId, Supplier<Account> operation) {
        Account saved = unitOfWork.inTransaction(() -> {
            Versions.requireMatch(headers, visible(accountId).version());
            return operation.get();
        });
        return Response.ok(AccountView.of(saved)).tag(Versions.tag(saved.version())).build();
    }

    private Account visible(AccountId accountId) {
        Account account = crm.accounts().find(accountId);
        return visibility.require(RecordType.ACCOUNT, account.id().value(), account.owner(), account);
    }

    private static ZoneId zone(String value) {
        try {
            return value == null ? null : ZoneId.of(value);
        } catch (DateTimeException e) {
            throw new InvalidValueException("timeZone", "'" + value + "' is not a time zone such as Asia/Shanghai");
        }
    }

}
