package org.irrigate.funding.claim;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.irrigate.core.api.ConflictException.check;
import static org.irrigate.core.api.InvalidInputException.require;
import static org.irrigate.core.api.InvalidInputException.requirePresent;
import static org.irrigate.core.api.InvalidInputException.requireText;
import static org.irrigate.funding.facts.Rules.TEXT_LENGTH;
import static org.irrigate.funding.facts.Rules.notBefore;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.irrigate.core.api.ContributionClaimId;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.funding.api.ContributingWork;
import org.irrigate.funding.api.FundingCommand.ChallengeContributionClaim;
import org.irrigate.funding.api.FundingCommand.ClaimContribution;
import org.irrigate.funding.api.FundingCommand.WithdrawContributionClaim;
import org.irrigate.funding.api.FundingEvent.ContributionClaimChallenged;
import org.irrigate.funding.api.FundingEvent.ContributionClaimWithdrawn;
import org.irrigate.funding.api.FundingEvent.ContributionClaimed;

/**
 * A claim that a piece of influence work helped bring about a funding decision or an award. It is its own record,
 * so claiming, challenging or withdrawing never touches the award; anyone may challenge, only the claimant withdraws.
 */
@Aggregate
public class ContributionClaim {
    @AggregateIdentifier
    private ContributionClaimId contributionClaimId;
    private OrganisationId claimedBy;
    private LocalDate claimedOn;
    private boolean withdrawn;

    protected ContributionClaim() {
        // for Axon
    }

    @CommandHandler
    public ContributionClaim(ClaimContribution command) {
        ContributingWork work = requirePresent(command.work(), "work");
        require(work.named() == 1, "work",
                "must name exactly one conversation, advocacy action, relationship or representation");
        require((command.bidId() == null) != (command.awardId() == null), "awardId",
                "name exactly one of an award or a bid whose decision the work contributed to");
        var strength = requirePresent(command.strength(), "strength");
        String rationale = requireText(command.rationale(), "rationale", TEXT_LENGTH);
        String evidence = requireText(command.evidence(), "evidence", TEXT_LENGTH);
        OrganisationId claimant = requirePresent(command.claimedBy(), "claimedBy");
        LocalDate on = requirePresent(command.happenedOn(), "happenedOn");
        apply(new ContributionClaimed(command.contributionClaimId(), work, command.bidId(), command.awardId(),
                strength, rationale, evidence, claimant, on));
    }

    @CommandHandler
    void handle(ChallengeContributionClaim command) {
        OrganisationId challenger = requirePresent(command.challengedBy(), "challengedBy");
        String reason = requireText(command.reason(), "reason", TEXT_LENGTH);
        LocalDate on = requirePresent(command.happenedOn(), "happenedOn");
        check(!withdrawn, "The claim has been withdrawn; there is nothing left to challenge");
        notBefore(on, claimedOn, "happenedOn", "the claim");
        apply(new ContributionClaimChallenged(contributionClaimId, challenger, reason, on));
    }

    @CommandHandler
    void handle(WithdrawContributionClaim command) {
        OrganisationId by = requirePresent(command.withdrawnBy(), "withdrawnBy");
        String reason = requireText(command.reason(), "reason", TEXT_LENGTH);
        LocalDate on = requirePresent(command.happenedOn(), "happenedOn");
        check(!withdrawn, "The claim has already been withdrawn");
        check(by.equals(claimedBy), "Only the organisation that made the claim can withdraw it");
        notBefore(on, claimedOn, "happenedOn", "the claim");
        apply(new ContributionClaimWithdrawn(contributionClaimId, by, reason, on));
    }

    @EventSourcingHandler
    void on(ContributionClaimed event) {
        contributionClaimId = event.contributionClaimId();
        claimedBy = event.claimedBy();
        claimedOn = event.happenedOn();
    }

    @EventSourcingHandler
    void on(ContributionClaimWithdrawn event) {
        withdrawn = true;
    }
}
