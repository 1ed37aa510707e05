package org.irrigate.core.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record PlaceRegistered(PlaceCode code, String name, PlaceLevel level, PlaceCode parent, LocalDate happenedOn)
        implements NetworkEvent {
    @Override
    public Subjects subjects() {
        return Subjects.NONE.withPlaces(code);
    }

    @Override
    public String summary() {
        return "Registered place " + name + " (" + code + ", " + level + ")";
    }
}
