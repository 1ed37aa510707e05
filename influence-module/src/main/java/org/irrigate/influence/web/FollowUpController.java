package org.irrigate.influence.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.core.api.CurrentViewer;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.QueryAnswers;
import org.irrigate.influence.api.FollowUpStatus;
import org.irrigate.influence.api.InfluenceQuery.FindFollowUps;
import org.irrigate.influence.api.InfluenceView.FollowUpView;
import org.irrigate.influence.api.Party;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Follow-ups", description = "Commitments made in conversations: open, overdue and done")
@RestController
class FollowUpController {
    private final QueryGateway queries;
    private final CurrentViewer viewer;

    FollowUpController(QueryGateway queries, CurrentViewer viewer) {
        this.queries = queries;
        this.viewer = viewer;
    }

    /**
     * Follow-ups by due date as they stood on {@code asOf} (default today). OPEN is every follow-up not done,
     * overdue ones included; OVERDUE only those past their due date.
     */
    @GetMapping("/api/follow-ups")
    List<FollowUpView> followUps(@RequestParam(required = false) FollowUpStatus status,
                                 @RequestParam(required = false) OrganisationId ownerOrganisation,
                                 @RequestParam(required = false) PersonId ownerPerson,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        InvalidInputException.require(ownerOrganisation == null || ownerPerson == null, "ownerPerson",
                "give an owner organisation or an owner person, not both");
        Party owner = ownerOrganisation != null ? Party.organisation(ownerOrganisation)
                : ownerPerson != null ? Party.person(ownerPerson) : null;
        return QueryAnswers.list(queries, new FindFollowUps(status, owner, asOf, viewer.get()), FollowUpView.class);
    }
}
