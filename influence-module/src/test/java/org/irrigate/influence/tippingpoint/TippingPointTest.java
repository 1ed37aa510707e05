package org.irrigate.influence.tippingpoint;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.irrigate.core.api.AdvocacyActionId;
import org.irrigate.core.api.ConflictException;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.core.api.TippingPointId;
import org.irrigate.influence.api.TippingPointCommand.MarkTippingPoint;
import org.irrigate.influence.api.TippingPointCommand.RetractTippingPoint;
import org.irrigate.influence.api.TippingPointEvent.TippingPointMarked;
import org.irrigate.influence.api.TippingPointEvent.TippingPointRetracted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TippingPointTest {
    static final TippingPointId ID = TippingPointId.random();
    static final OrganisationId COUNCIL = OrganisationId.random();
    static final ConversationId MEETING = ConversationId.random();
    static final AdvocacyActionId ACTION = AdvocacyActionId.random();
    static final PlaceCode STROUD = new PlaceCode("E07000082");
    static final LocalDate DAY = LocalDate.of(2023, 4, 19);
    static final TippingPointMarked MARKED = new TippingPointMarked(ID, "Council meeting moved to a community venue",
            "Met at the council offices", "Meets in the community", Set.of(COUNCIL), STROUD, List.of(MEETING),
            List.of(ACTION), DAY);

    AggregateTestFixture<TippingPoint> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TippingPoint.class);
    }

    @Test
    void marksATippingPoint() {
        fixture.givenNoPriorActivity()
                .when(new MarkTippingPoint(ID, "Council meeting moved to a community venue ",
                        "Met at the council offices", "Meets in the community", Set.of(COUNCIL), STROUD,
                        List.of(MEETING, MEETING), List.of(ACTION), DAY))
                .expectEvents(MARKED);
    }

    @Test
    void aTippingPointSaysWhatChangedBeforeAndAfter() {
        fixture.givenNoPriorActivity()
                .when(new MarkTippingPoint(ID, " ", "b", "a", null, null, null, null, DAY))
                .expectException(InvalidInputException.class).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new MarkTippingPoint(ID, "What", null, "a", null, null, null, null, DAY))
                .expectException(InvalidInputException.class);
        fixture.givenNoPriorActivity()
                .when(new MarkTippingPoint(ID, "What", "b", "", null, null, null, null, DAY))
                .expectException(InvalidInputException.class);
        fixture.givenNoPriorActivity()
                .when(new MarkTippingPoint(ID, "What", "b", "a", null, null, null, null, null))
                .expectException(InvalidInputException.class);
    }

    @Test
    void retractsOnceWithAReason() {
        TippingPointRetracted retracted = new TippingPointRetracted(ID, Set.of(COUNCIL), "Moved back a month later",
                DAY.plusMonths(1));
        fixture.given(MARKED)
                .when(new RetractTippingPoint(ID, "Moved back a month later", DAY.plusMonths(1)))
                .expectEvents(retracted);
        fixture.given(MARKED)
                .when(new RetractTippingPoint(ID, " ", DAY))
                .expectException(InvalidInputException.class);
        fixture.given(MARKED, retracted)
                .when(new RetractTippingPoint(ID, "Again", DAY))
                .expectException(ConflictException.class);
    }
}
