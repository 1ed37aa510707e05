package org.irrigate.evidence.api;

import org.irrigate.core.api.NetworkEvent;

/** Every event of the evidence module. */
public sealed interface EvidenceEvent extends NetworkEvent
        permits TheoryOfChangeEvent, CaseStudyEvent, ReflectionEvent, HarvestEvent, LearningReviewEvent {
}
