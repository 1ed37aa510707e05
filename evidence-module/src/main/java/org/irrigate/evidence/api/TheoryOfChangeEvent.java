package org.irrigate.evidence.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.irrigate.core.api.Subjects;
import org.irrigate.core.api.TheoryOfChangeId;

/** The Theory of Change over time: each draft or revision carries a whole version, so none overwrites another. */
public sealed interface TheoryOfChangeEvent extends EvidenceEvent {
    TheoryOfChangeId theoryOfChangeId();

    @Override
    default Subjects subjects() {
        return Subjects.NONE;
    }

    @Revision("1")
    record TheoryOfChangeDrafted(TheoryOfChangeId theoryOfChangeId, int version, String title, List<Outcome> outcomes,
                                 LocalDate happenedOn) implements TheoryOfChangeEvent {
        @Override
        public String summary() {
            return "Drafted Theory of Change '" + title + "' with " + outcomes.size() + " outcomes";
        }
    }

    @Revision("1")
    record TheoryOfChangeRevised(TheoryOfChangeId theoryOfChangeId, int version, String title, List<Outcome> outcomes,
                                 String whatChanged, LocalDate happenedOn) implements TheoryOfChangeEvent {
        @Override
        public String summary() {
            return "Revised Theory of Change '" + title + "' (version " + version + "): " + whatChanged;
        }
    }

    @Revision("1")
    record PriorityOutcomesChosen(TheoryOfChangeId theoryOfChangeId, int version, List<String> outcomeCodes,
                                  String rationale, LocalDate happenedOn) implements TheoryOfChangeEvent {
        @Override
        public String summary() {
            return "Chose priority outcomes " + String.join(", ", outcomeCodes) + " of Theory of Change version "
                    + version;
        }
    }
}
