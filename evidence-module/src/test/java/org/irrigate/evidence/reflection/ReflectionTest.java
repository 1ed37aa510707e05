package org.irrigate.evidence.reflection;

import static org.irrigate.core.api.OutcomeArea.PARTICIPATION_AND_INFLUENCE;
import static org.irrigate.core.api.OutcomeArea.WELLBEING;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.irrigate.core.api.ConflictException;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.ReflectionId;
import org.irrigate.evidence.api.Participants;
import org.irrigate.evidence.api.ReflectionCommand.AddLearningPoint;
import org.irrigate.evidence.api.ReflectionCommand.AmendReflectionNotes;
import org.irrigate.evidence.api.ReflectionCommand.RecordReflection;
import org.irrigate.evidence.api.ReflectionEvent.LearningPointAdded;
import org.irrigate.evidence.api.ReflectionEvent.ReflectionNotesAmended;
import org.irrigate.evidence.api.ReflectionEvent.ReflectionRecorded;
import org.irrigate.evidence.api.ReflectionKind;
import org.irrigate.evidence.api.TimelineItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReflectionTest {
    static final ReflectionId ID = ReflectionId.random();
    static final LocalDate MARCH_2023 = LocalDate.of(2023, 3, 14);
    static final Participants PARTNERS = new Participants(List.of(OrganisationId.random(), OrganisationId.random()),
            List.of(PersonId.random()));
    static final ReflectionRecorded RECORDED = new ReflectionRecorded(ID, ReflectionKind.REFLECTION_SESSION,
            "Learning and reflection meeting", PARTNERS, "Quantitative data is not working", MARCH_2023);

    AggregateTestFixture<Reflection> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Reflection.class);
    }

    @Test
    void recordsASession() {
        fixture.givenNoPriorActivity()
                .when(new RecordReflection(ID, ReflectionKind.REFLECTION_SESSION, "Learning and reflection meeting",
                        PARTNERS, " Quantitative data is not working ", MARCH_2023))
                .expectEvents(RECORDED);
    }

    @Test
    void aSessionHasAKindATitleParticipantsNotesAndADate() {
        Participants nobody = new Participants(List.of(), null);
        for (RecordReflection bad : List.of(
                new RecordReflection(ID, null, "T", PARTNERS, "n", MARCH_2023),
                new RecordReflection(ID, ReflectionKind.PARTNER_INTERVIEW, " ", PARTNERS, "n", MARCH_2023),
                new RecordReflection(ID, ReflectionKind.PARTNER_INTERVIEW, "T", null, "n", MARCH_2023),
                new RecordReflection(ID, ReflectionKind.PARTNER_INTERVIEW, "T", nobody, "n", MARCH_2023),
                new RecordReflection(ID, ReflectionKind.PARTNER_INTERVIEW, "T", PARTNERS, "", MARCH_2023),
                new RecordReflection(ID, ReflectionKind.PARTNER_INTERVIEW, "T", PARTNERS, "n", null))) {
            fixture.givenNoPriorActivity().when(bad).expectException(InvalidInputException.class).expectNoEvents();
        }
    }

    @Test
    void notesAreAmendedWithAReasonNeverOverwritten() {
        fixture.given(RECORDED)
                .when(new AmendReflectionNotes(ID, "Quantitative data dropped for case studies", "Clearer", MARCH_2023))
                .expectEvents(new ReflectionNotesAmended(ID, "Quantitative data dropped for case studies", "Clearer",
                        MARCH_2023));
        fixture.given(RECORDED).when(new AmendReflectionNotes(ID, "New", " ", MARCH_2023))
                .expectException(InvalidInputException.class);
        fixture.given(RECORDED).when(new AmendReflectionNotes(ID, "New", "r", MARCH_2023.minusDays(1)))
                .expectException(InvalidInputException.class);
        fixture.given(RECORDED).when(new AmendReflectionNotes(ID, "Quantitative data is not working", "r", MARCH_2023))
                .expectException(ConflictException.class);
    }

    @Test
    void learningPointsAreNumberedTaggedAndLinked() {
        TimelineItem conversation = TimelineItem.of(ConversationId.random());
        LearningPointAdded first = new LearningPointAdded(ID, 1, "Case studies instead of indicators",
                List.of(PARTICIPATION_AND_INFLUENCE, WELLBEING), List.of(), MARCH_2023);
        fixture.given(RECORDED)
                .when(new AddLearningPoint(ID, "Case studies instead of indicators",
                        List.of(WELLBEING, PARTICIPATION_AND_INFLUENCE, WELLBEING), null, MARCH_2023))
                .expectEvents(first);
        fixture.given(RECORDED, first)
                .when(new AddLearningPoint(ID, "Conversations lead to funding", List.of(PARTICIPATION_AND_INFLUENCE),
                        List.of(conversation, conversation), MARCH_2023.plusDays(1)))
                .expectEvents(new LearningPointAdded(ID, 2, "Conversations lead to funding",
                        List.of(PARTICIPATION_AND_INFLUENCE), List.of(conversation), MARCH_2023.plusDays(1)));
    }

    @Test
    void aLearningPointHasTextAnAreaAndADateAfterTheSession() {
        fixture.given(RECORDED).when(new AddLearningPoint(ID, " ", List.of(WELLBEING), null, MARCH_2023))
                .expectException(InvalidInputException.class);
        fixture.given(RECORDED).when(new AddLearningPoint(ID, "x", List.of(), null, MARCH_2023))
                .expectException(InvalidInputException.class).expectExceptionMessage("must name at least one outcome area");
        fixture.given(RECORDED).when(new AddLearningPoint(ID, "x", java.util.Arrays.asList(WELLBEING, null), null,
                        MARCH_2023))
                .expectException(InvalidInputException.class);
        fixture.given(RECORDED).when(new AddLearningPoint(ID, "x", List.of(WELLBEING), null, MARCH_2023.minusDays(1)))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("must not be before the session (2023-03-14)");
    }
}
