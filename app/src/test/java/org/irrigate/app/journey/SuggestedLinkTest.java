package org.irrigate.app.journey;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.irrigate.app.journey.SuggestionCommand.DismissSuggestedLink;
import org.irrigate.app.journey.SuggestionCommand.ReconsiderSuggestedLink;
import org.irrigate.app.journey.SuggestionEvent.SuggestedLinkDismissed;
import org.irrigate.app.journey.SuggestionEvent.SuggestedLinkReconsidered;
import org.irrigate.core.api.BidId;
import org.irrigate.core.api.ConflictException;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.OrganisationId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SuggestedLinkTest {
    static final ConversationId CONVERSATION = ConversationId.random();
    static final BidId BID = BidId.random();
    static final SuggestionId ID = SuggestionId.of(CONVERSATION, BID);
    static final OrganisationId PARTNER = OrganisationId.random();
    static final LocalDate DAY = LocalDate.of(2024, 9, 10);
    static final SuggestedLinkDismissed DISMISSED = new SuggestedLinkDismissed(ID, CONVERSATION, BID, PARTNER, PARTNER,
            "Another orchard", DAY);

    AggregateTestFixture<SuggestedLink> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SuggestedLink.class);
    }

    @Test
    void dismissesASuggestion() {
        fixture.givenNoPriorActivity()
                .when(new DismissSuggestedLink(ID, CONVERSATION, BID, PARTNER, PARTNER, " Another orchard ", DAY))
                .expectEvents(DISMISSED);
    }

    @Test
    void aDismissalSaysWhyAndWhen() {
        fixture.givenNoPriorActivity()
                .when(new DismissSuggestedLink(ID, CONVERSATION, BID, null, PARTNER, " ", DAY))
                .expectException(InvalidInputException.class).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new DismissSuggestedLink(ID, CONVERSATION, BID, null, PARTNER, "why", null))
                .expectException(InvalidInputException.class).expectNoEvents();
    }

    @Test
    void theIdMustNameTheConversationAndTheDecision() {
        fixture.givenNoPriorActivity()
                .when(new DismissSuggestedLink(ID, ConversationId.random(), BID, null, PARTNER, "why", DAY))
                .expectException(InvalidInputException.class).expectNoEvents();
    }

    @Test
    void aSuggestionIsDismissedOnlyOnce() {
        fixture.given(DISMISSED)
                .when(new DismissSuggestedLink(ID, CONVERSATION, BID, PARTNER, PARTNER, "again", DAY))
                .expectException(ConflictException.class).expectNoEvents();
    }

    @Test
    void aDismissedSuggestionCanBeReconsideredAndDismissedAgain() {
        fixture.given(DISMISSED)
                .when(new ReconsiderSuggestedLink(ID, "New evidence", DAY))
                .expectEvents(new SuggestedLinkReconsidered(ID, CONVERSATION, BID, PARTNER, "New evidence", DAY));
        fixture.given(DISMISSED, new SuggestedLinkReconsidered(ID, CONVERSATION, BID, PARTNER, "New evidence", DAY))
                .when(new DismissSuggestedLink(ID, CONVERSATION, BID, PARTNER, PARTNER, "Another orchard", DAY))
                .expectEvents(DISMISSED);
    }

    @Test
    void onlyADismissedSuggestionCanBeReconsidered() {
        fixture.given(DISMISSED, new SuggestedLinkReconsidered(ID, CONVERSATION, BID, PARTNER, "New evidence", DAY))
                .when(new ReconsiderSuggestedLink(ID, "again", DAY))
                .expectException(ConflictException.class).expectNoEvents();
        fixture.given(DISMISSED)
                .when(new ReconsiderSuggestedLink(ID, "", DAY))
                .expectException(InvalidInputException.class).expectNoEvents();
    }
}
