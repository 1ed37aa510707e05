package org.irrigate.funding.web;

import static org.irrigate.core.api.HappenedOn.orToday;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.core.api.AwardId;
import org.irrigate.core.api.BidId;
import org.irrigate.core.api.ContributionClaimId;
import org.irrigate.core.api.CurrentViewer;
import org.irrigate.core.api.QueryAnswers;
import org.irrigate.funding.api.ContributingWork;
import org.irrigate.funding.api.ContributionStrength;
import org.irrigate.funding.api.FundingCommand.ChallengeContributionClaim;
import org.irrigate.funding.api.FundingCommand.ClaimContribution;
import org.irrigate.funding.api.FundingCommand.WithdrawContributionClaim;
import org.irrigate.funding.api.FundingQuery.FindContributionClaim;
import org.irrigate.funding.api.FundingQuery.FindContributionClaims;
import org.irrigate.funding.api.FundingView.ContributionClaimView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Contribution claims", description = "Claims that influence work helped bring about a funding decision or "
        + "an award; challenged or withdrawn, never edited, and never changing the award")
@RestController
@RequestMapping("/api/funding/contribution-claims")
class ContributionClaimController {
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final References references;
    private final CurrentViewer viewer;

    ContributionClaimController(CommandGateway commands, QueryGateway queries, References references,
                                CurrentViewer viewer) {
        this.commands = commands;
        this.queries = queries;
        this.references = references;
        this.viewer = viewer;
    }

    /** Name the work by exactly one of its ids, and exactly one of an award or a bid (whose decision it helped). */
    record ClaimRequest(ContributingWork work, BidId bidId, AwardId awardId, ContributionStrength strength,
                        String rationale, String evidence, LocalDate happenedOn) {
    }

    record Claimed(ContributionClaimId contributionClaimId) {
    }

    record ReasonRequest(String reason, LocalDate happenedOn) {
    }

    @PostMapping
    ResponseEntity<Claimed> claim(@RequestBody ClaimRequest request) {
        references.work(request.work());
        references.require(request.bidId(), "Bid");
        references.require(request.awardId(), "Award");
        ContributionClaimId id = ContributionClaimId.random();
        // The claimant is the signed-in user's organisation: only it may later withdraw the claim.
        commands.sendAndWait(new ClaimContribution(id, request.work(), request.bidId(), request.awardId(),
                request.strength(), request.rationale(), request.evidence(), viewer.get().organisation(),
                orToday(request.happenedOn())));
        return ResponseEntity.created(URI.create("/api/funding/contribution-claims/" + id)).body(new Claimed(id));
    }

    @PostMapping("/{id}/challenge")
    ResponseEntity<Void> challenge(@PathVariable String id, @RequestBody ReasonRequest request) {
        commands.sendAndWait(new ChallengeContributionClaim(claim(id), viewer.get().organisation(), request.reason(),
                orToday(request.happenedOn())));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/withdraw")
    ResponseEntity<Void> withdraw(@PathVariable String id, @RequestBody ReasonRequest request) {
        commands.sendAndWait(new WithdrawContributionClaim(claim(id), viewer.get().organisation(), request.reason(),
                orToday(request.happenedOn())));
        return ResponseEntity.noContent().build();
    }

    /** Claims about an award, a bid's decision, or one piece of work (the UUID of its id). */
    @GetMapping
    List<ContributionClaimView> list(@RequestParam(required = false) AwardId award,
                                     @RequestParam(required = false) BidId bid,
                                     @RequestParam(required = false) UUID work) {
        return QueryAnswers.list(queries, new FindContributionClaims(award, bid, work), ContributionClaimView.class);
    }

    @GetMapping("/{id}")
    ContributionClaimView get(@PathVariable String id) {
        ContributionClaimId claimId = ContributionClaimId.of(id);
        return QueryAnswers.one(queries, new FindContributionClaim(claimId), ContributionClaimView.class,
                "Contribution claim", claimId);
    }

    private ContributionClaimId claim(String id) {
        return references.require(ContributionClaimId.of(id), "Contribution claim");
    }
}
