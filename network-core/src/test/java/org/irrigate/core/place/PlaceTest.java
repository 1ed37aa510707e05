package org.irrigate.core.place;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.core.api.PlaceLevel;
import org.irrigate.core.api.PlaceRegistered;
import org.irrigate.core.api.RegisterPlace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlaceTest {
    static final PlaceCode COUNTY = new PlaceCode("E10000013");
    static final PlaceCode STROUD = new PlaceCode("E07000082");
    static final PlaceCode WARD = new PlaceCode("E05010974");
    static final LocalDate DAY = LocalDate.of(2019, 4, 1);

    AggregateTestFixture<Place> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Place.class);
    }

    @Test
    void registersACounty() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPlace(COUNTY, "Gloucestershire", null, DAY))
                .expectEvents(new PlaceRegistered(COUNTY, "Gloucestershire", PlaceLevel.COUNTY, null, DAY));
    }

    @Test
    void registersADistrictInsideACounty() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPlace(STROUD, "Stroud", COUNTY, DAY))
                .expectEvents(new PlaceRegistered(STROUD, "Stroud", PlaceLevel.DISTRICT, COUNTY, DAY));
    }

    @Test
    void aCountyHasNoParent() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPlace(COUNTY, "Gloucestershire", STROUD, DAY))
                .expectException(InvalidInputException.class);
    }

    @Test
    void theParentSitsOneLevelUp() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPlace(WARD, "Minchinhampton", COUNTY, DAY))
                .expectException(InvalidInputException.class).expectExceptionMessage("a WARD must sit inside a DISTRICT");
        fixture.givenNoPriorActivity()
                .when(new RegisterPlace(WARD, "Minchinhampton", null, DAY))
                .expectException(InvalidInputException.class);
    }

    @Test
    void needsAName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPlace(STROUD, "", COUNTY, DAY))
                .expectException(InvalidInputException.class);
    }
}
