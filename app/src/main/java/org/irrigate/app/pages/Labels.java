package org.irrigate.app.pages;

import java.util.Locale;
import org.springframework.stereotype.Component;

/** Words for enum values on pages, as {@code ${@label.of(kind)}}: LOCAL_AUTHORITY → "Local authority". */
@Component("label")
public class Labels {
    public String of(Object value) {
        if (value == null) {
            return "";
        }
        String text = (value instanceof Enum<?> e ? e.name() : value.toString()).replace('_', ' ')
                .toLowerCase(Locale.ROOT);
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
