package org.irrigate.core.api;

/** A value or request that breaks a rule of its own shape; answered as 400 with the offending field. */
public class InvalidInputException extends IllegalArgumentException {
    private final String field;

    public InvalidInputException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return getMessage();
    }

    /** Fails with the given field and reason unless the condition holds. */
    public static void require(boolean condition, String field, String reason) {
        if (!condition) {
            throw new InvalidInputException(field, reason);
        }
    }

    public static String requireText(String value, String field, int maxLength) {
        require(value != null && !value.isBlank(), field, "must not be blank");
        require(value.length() <= maxLength, field, "must be at most " + maxLength + " characters");
        return value.strip();
    }

    public static <T> T requirePresent(T value, String field) {
        require(value != null, field, "is required");
        return value;
    }
}
