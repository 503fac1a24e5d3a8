package io.tenantcrm.core.lead;

import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.PhoneNumber;

/** Who sent an inquiry, as far as it says: every part may be missing, the intake policy decides what must be there. */
public record ContactDetails(String personName, String companyName, EmailAddress email, PhoneNumber phone,
                             String jobTitle) {

    public ContactDetails {
        personName = blankToNull(personName);
        companyName = blankToNull(companyName);
        jobTitle = blankToNull(jobTitle);
    }

    public static ContactDetails of(String personName, String companyName, EmailAddress email, PhoneNumber phone) {
        return new ContactDetails(personName, companyName, email, phone, null);
    }

    /** The best name to show: the person, else the company, else the mailbox. */
    public String displayName() {
        if (personName != null) {
            return personName;
        }
        if (companyName != null) {
            return companyName;
        }
        if (email != null) {
            return email.value();
        }
        return phone != null ? phone.value() : "(unknown)";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
