package org.irrigate.core.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers ONS reference geography; the parent must sit one level up (county → district → ward → LSOA). */
public record RegisterPlace(@TargetAggregateIdentifier PlaceCode code, String name, PlaceCode parent,
                           LocalDate happenedOn) {
}
