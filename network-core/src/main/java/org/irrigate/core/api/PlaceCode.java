package org.irrigate.core.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/** An ONS GSS code such as E07000082 (Stroud); only the four levels the network uses are accepted. */
public record PlaceCode(String value) {
    private static final Pattern GSS = Pattern.compile("E(10|07|05|01)\\d{6}");

    @JsonCreator
    public PlaceCode {
        InvalidInputException.require(value != null && GSS.matcher(value).matches(), "placeCode",
                "must be an ONS code E10/E07/E05/E01 followed by six digits, e.g. E07000082");
    }

    public PlaceLevel level() {
        return PlaceLevel.ofPrefix(value.substring(0, 3));
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
