package org.irrigate.evidence.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.irrigate.core.api.AwardId;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.PlaceCode;
import org.junit.jupiter.api.Test;

class TimelineItemTest {

    @Test
    void typedIdsBecomeItemsOfTheirKind() {
        AwardId award = AwardId.random();
        assertThat(TimelineItem.of(award)).isEqualTo(new TimelineItem(TimelineItemKind.AWARD, award.toString()));
        assertThat(TimelineItem.of(new PlaceCode("E07000082")).kind()).isEqualTo(TimelineItemKind.PLACE);
        assertThat(TimelineItem.event(" 0b6e2d4c-event ").reference()).isEqualTo("0b6e2d4c-event");
        assertThatThrownBy(() -> TimelineItem.of("not an id")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void referencesMustFitTheirKind() {
        assertThatThrownBy(() -> new TimelineItem(TimelineItemKind.CONVERSATION, "E07000082"))
                .isInstanceOf(InvalidInputException.class).hasMessage("must be a UUID for a CONVERSATION");
        assertThatThrownBy(() -> new TimelineItem(TimelineItemKind.PLACE, "Stroud"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new TimelineItem(TimelineItemKind.EVENT, " "))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new TimelineItem(null, "x")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void linksAddOnlyWhatIsNew() {
        ConversationId a = ConversationId.random();
        ConversationId b = ConversationId.random();
        Links known = new Links(List.of(a), null, null);
        Links asked = new Links(List.of(a, b, b), List.of(), List.of());
        assertThat(asked.conversations()).containsExactly(a, b);
        assertThat(asked.without(known)).isEqualTo(new Links(List.of(b), List.of(), List.of()));
        assertThat(known.plus(asked.without(known)).items()).containsExactly(TimelineItem.of(a), TimelineItem.of(b));
    }

    @Test
    void aDisagreementDisputesAndAPartialAgreementQualifies() {
        assertThat(HarvestStatus.of(List.of(), false)).isEqualTo(HarvestStatus.HARVESTED);
        assertThat(HarvestStatus.of(List.of(Verdict.AGREES), false)).isEqualTo(HarvestStatus.SUBSTANTIATED);
        assertThat(HarvestStatus.of(List.of(Verdict.AGREES, Verdict.PARTLY_AGREES), false))
                .isEqualTo(HarvestStatus.PARTLY_SUBSTANTIATED);
        assertThat(HarvestStatus.of(List.of(Verdict.PARTLY_AGREES, Verdict.DISAGREES), false))
                .isEqualTo(HarvestStatus.DISPUTED);
        assertThat(HarvestStatus.of(List.of(Verdict.AGREES), true)).isEqualTo(HarvestStatus.RETRACTED);
    }
}
