package org.irrigate.core.api;

/**
 * Personal data about a person, kept apart from everything else an event says so it can be erased on request
 * (UK GDPR) without touching the rest of the history. Only the name is required.
 */
public record PersonalDetails(String fullName, String email, String phone) {
    public PersonalDetails {
        fullName = InvalidInputException.requireText(fullName, "fullName", 200);
        InvalidInputException.require(email == null || email.isBlank() || email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
                "email", "must be an email address");
        InvalidInputException.require(phone == null || phone.isBlank() || phone.matches("[+0-9 ()-]{6,30}"),
                "phone", "must be a phone number");
        email = blankToNull(email);
        phone = blankToNull(phone);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
