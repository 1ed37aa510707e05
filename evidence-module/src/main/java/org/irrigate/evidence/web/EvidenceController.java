package org.irrigate.evidence.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OutcomeArea;
import org.irrigate.core.api.QueryAnswers;
import org.irrigate.evidence.api.EvidenceKind;
import org.irrigate.evidence.api.EvidenceQuery.CountEvidence;
import org.irrigate.evidence.api.EvidenceQuery.FindEvidence;
import org.irrigate.evidence.api.EvidenceView.EvidenceCountView;
import org.irrigate.evidence.api.EvidenceView.EvidenceItemView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Evidence by outcome area", description = "Case studies, learning points and harvested outcomes by "
        + "outcome area and partner")
@RestController
@RequestMapping("/api/evidence/by-area")
class EvidenceController {
    private final QueryGateway queries;

    EvidenceController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    List<EvidenceItemView> evidence(@RequestParam(required = false) OutcomeArea area,
                                    @RequestParam(required = false) OrganisationId partner,
                                    @RequestParam(required = false) EvidenceKind kind) {
        return QueryAnswers.list(queries, new FindEvidence(area, partner, kind), EvidenceItemView.class);
    }

    @GetMapping("/counts")
    List<EvidenceCountView> counts(@RequestParam(required = false) OrganisationId partner) {
        return QueryAnswers.list(queries, new CountEvidence(partner), EvidenceCountView.class);
    }
}
