package org.irrigate.influence.relationship;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.irrigate.core.api.ConflictException;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.RelationshipId;
import org.irrigate.core.api.RoleId;
import org.irrigate.influence.api.Party;
import org.irrigate.influence.api.RelationshipCommand.AssessRelationship;
import org.irrigate.influence.api.RelationshipCommand.FlagRelationshipAtRisk;
import org.irrigate.influence.api.RelationshipCommand.RecordRelationship;
import org.irrigate.influence.api.RelationshipCommand.RecordRelationshipDependency;
import org.irrigate.influence.api.RelationshipCommand.ResolveRelationshipRisk;
import org.irrigate.influence.api.RelationshipEvent.RelationshipAssessed;
import org.irrigate.influence.api.RelationshipEvent.RelationshipDependencyRecorded;
import org.irrigate.influence.api.RelationshipEvent.RelationshipFlaggedAtRisk;
import org.irrigate.influence.api.RelationshipEvent.RelationshipRecorded;
import org.irrigate.influence.api.RelationshipEvent.RelationshipRiskResolved;
import org.irrigate.influence.api.RoleDependency;
import org.irrigate.influence.api.Strength;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RelationshipTest {
    static final RelationshipId ID = RelationshipId.random();
    static final Party GRACE = Party.organisation(OrganisationId.random());
    static final Party COUNCIL = Party.organisation(OrganisationId.random());
    static final RoleDependency OFFICER_ROLE = new RoleDependency(PersonId.random(), RoleId.random());
    static final RoleDependency NEW_OFFICER_ROLE = new RoleDependency(PersonId.random(), RoleId.random());
    static final ConversationId MEETING = ConversationId.random();
    static final LocalDate DAY = LocalDate.of(2022, 3, 14);
    static final RelationshipRecorded RECORDED = new RelationshipRecorded(ID, GRACE, COUNCIL, OFFICER_ROLE, DAY);
    static final RelationshipAssessed AWARE = new RelationshipAssessed(ID, GRACE, COUNCIL, Strength.AWARE, null,
            List.of(), DAY);
    static final RelationshipFlaggedAtRisk FLAGGED = new RelationshipFlaggedAtRisk(ID, GRACE, COUNCIL, OFFICER_ROLE,
            DAY.plusYears(1), DAY.plusYears(1));

    AggregateTestFixture<Relationship> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Relationship.class);
    }

    @Test
    void recordsARelationshipWithItsFirstAssessment() {
        fixture.givenNoPriorActivity()
                .when(new RecordRelationship(ID, GRACE, COUNCIL, Strength.AWARE, " ", null, OFFICER_ROLE, DAY))
                .expectEvents(RECORDED, AWARE);
    }

    @Test
    void aRelationshipIsBetweenTwoDifferentPartiesWithAStrength() {
        fixture.givenNoPriorActivity()
                .when(new RecordRelationship(ID, GRACE, GRACE, Strength.AWARE, null, null, null, DAY))
                .expectException(InvalidInputException.class).expectExceptionMessage("must be a different party from first");
        fixture.givenNoPriorActivity()
                .when(new RecordRelationship(ID, null, COUNCIL, Strength.AWARE, null, null, null, DAY))
                .expectException(InvalidInputException.class);
        fixture.givenNoPriorActivity()
                .when(new RecordRelationship(ID, GRACE, COUNCIL, null, null, null, null, DAY))
                .expectException(InvalidInputException.class).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RecordRelationship(ID, GRACE, COUNCIL, Strength.AWARE, "x".repeat(2001), null, null, DAY))
                .expectException(InvalidInputException.class);
    }

    @Test
    void assessesOverTimeWithEvidence() {
        fixture.given(RECORDED, AWARE)
                .when(new AssessRelationship(ID, Strength.TRUSTED, "Frank about decisions", List.of(MEETING, MEETING),
                        DAY.plusYears(1)))
                .expectEvents(new RelationshipAssessed(ID, GRACE, COUNCIL, Strength.TRUSTED, "Frank about decisions",
                        List.of(MEETING), DAY.plusYears(1)));
    }

    @Test
    void anAssessmentCannotPredateTheRelationship() {
        fixture.given(RECORDED, AWARE)
                .when(new AssessRelationship(ID, Strength.ENGAGED, null, null, DAY.minusDays(1)))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("must not be before the relationship was recorded (2022-03-14)");
        fixture.given(RECORDED, AWARE)
                .when(new AssessRelationship(ID, null, null, null, DAY))
                .expectException(InvalidInputException.class);
    }

    @Test
    void recordsTheRoleItDependsOnOnce() {
        fixture.given(RECORDED, AWARE)
                .when(new RecordRelationshipDependency(ID, NEW_OFFICER_ROLE, DAY))
                .expectEvents(new RelationshipDependencyRecorded(ID, GRACE, COUNCIL, NEW_OFFICER_ROLE, DAY));
        fixture.given(RECORDED, AWARE)
                .when(new RecordRelationshipDependency(ID, OFFICER_ROLE, DAY))
                .expectException(ConflictException.class);
        fixture.given(RECORDED, AWARE)
                .when(new RecordRelationshipDependency(ID, null, DAY))
                .expectException(InvalidInputException.class);
    }

    @Test
    void isFlaggedAtRiskWhenARoleItDependsOnEnds() {
        fixture.given(RECORDED, AWARE)
                .when(new FlagRelationshipAtRisk(ID, OFFICER_ROLE, DAY.plusYears(1)))
                .expectEvents(FLAGGED);
    }

    @Test
    void aRoleThatEndedBeforeTheRelationshipWasRecordedPutsItAtRiskFromTheStart() {
        fixture.given(RECORDED, AWARE)
                .when(new FlagRelationshipAtRisk(ID, OFFICER_ROLE, DAY.minusMonths(2)))
                .expectEvents(new RelationshipFlaggedAtRisk(ID, GRACE, COUNCIL, OFFICER_ROLE, DAY.minusMonths(2), DAY));
    }

    @Test
    void flaggingIsIdempotentAndOnlyForRolesItDependsOn() {
        fixture.given(RECORDED, AWARE, FLAGGED)
                .when(new FlagRelationshipAtRisk(ID, OFFICER_ROLE, DAY.plusYears(1)))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(RECORDED, AWARE)
                .when(new FlagRelationshipAtRisk(ID, NEW_OFFICER_ROLE, DAY.plusYears(1)))
                .expectException(ConflictException.class);
    }

    @Test
    void resolvesTheRiskWithAReason() {
        RelationshipRiskResolved resolved = new RelationshipRiskResolved(ID, GRACE, COUNCIL, "New contact met",
                DAY.plusYears(2));
        fixture.given(RECORDED, AWARE, FLAGGED)
                .when(new ResolveRelationshipRisk(ID, "New contact met", DAY.plusYears(2)))
                .expectEvents(resolved);
        fixture.given(RECORDED, AWARE, FLAGGED)
                .when(new ResolveRelationshipRisk(ID, " ", DAY.plusYears(2)))
                .expectException(InvalidInputException.class);
        fixture.given(RECORDED, AWARE)
                .when(new ResolveRelationshipRisk(ID, "New contact", DAY))
                .expectException(ConflictException.class).expectExceptionMessage("The relationship is not at risk");
        fixture.given(RECORDED, AWARE, FLAGGED, resolved)
                .when(new ResolveRelationshipRisk(ID, "Again", DAY.plusYears(2)))
                .expectException(ConflictException.class);
    }

    @Test
    void aNewDependencyThatEndsFlagsTheRelationshipAgain() {
        fixture.given(RECORDED, AWARE, FLAGGED,
                        new RelationshipRiskResolved(ID, GRACE, COUNCIL, "New contact", DAY.plusYears(2)),
                        new RelationshipDependencyRecorded(ID, GRACE, COUNCIL, NEW_OFFICER_ROLE, DAY.plusYears(2)))
                .when(new FlagRelationshipAtRisk(ID, NEW_OFFICER_ROLE, DAY.plusYears(3)))
                .expectEvents(new RelationshipFlaggedAtRisk(ID, GRACE, COUNCIL, NEW_OFFICER_ROLE, DAY.plusYears(3),
                        DAY.plusYears(3)));
    }
}
