package org.irrigate.funding.contribution;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.irrigate.funding.api.ClaimStatus;
import org.irrigate.funding.api.FundingEvent;
import org.irrigate.funding.api.FundingEvent.ContributionClaimChallenged;
import org.irrigate.funding.api.FundingEvent.ContributionClaimWithdrawn;
import org.irrigate.funding.api.FundingEvent.ContributionClaimed;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Contribution claims with their challenges; a challenge is keyed by its event's sequence, so replays repeat nothing. */
@Component
@ProcessingGroup(ContributionProjection.PROCESSING_GROUP)
class ContributionProjection {
    static final String PROCESSING_GROUP = "funding-contribution-claims";

    private final JdbcTemplate jdbc;

    ContributionProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(FundingEvent event, @SequenceNumber Long sequence) {
        switch (event) {
            case ContributionClaimed e -> {
                jdbc.update("delete from funding_contribution_claim where id = ?", e.contributionClaimId().value());
                jdbc.update("""
                                insert into funding_contribution_claim (id, work_kind, work_id, bid_id, award_id,
                                  strength, rationale, evidence, claimed_by, claimed_on, status)
                                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", e.contributionClaimId().value(),
                        e.work().kind().name(), e.work().uuid(), e.bidId() == null ? null : e.bidId().value(),
                        e.awardId() == null ? null : e.awardId().value(), e.strength().name(), e.rationale(),
                        e.evidence(), e.claimedBy().value(), e.happenedOn(), ClaimStatus.STANDING.name());
            }
            case ContributionClaimChallenged e -> {
                jdbc.update("delete from funding_claim_challenge where claim_id = ? and sequence_number = ?",
                        e.contributionClaimId().value(), sequence);
                jdbc.update("""
                                insert into funding_claim_challenge (claim_id, sequence_number, challenged_by, reason,
                                  challenged_on) values (?, ?, ?, ?, ?)""", e.contributionClaimId().value(), sequence,
                        e.challengedBy().value(), e.reason(), e.happenedOn());
                jdbc.update("update funding_contribution_claim set status = ? where id = ? and status = ?",
                        ClaimStatus.CHALLENGED.name(), e.contributionClaimId().value(), ClaimStatus.STANDING.name());
            }
            case ContributionClaimWithdrawn e -> jdbc.update("""
                            update funding_contribution_claim set status = ?, withdrawal_reason = ?, withdrawn_on = ?
                            where id = ?""", ClaimStatus.WITHDRAWN.name(), e.reason(), e.happenedOn(),
                    e.contributionClaimId().value());
            default -> {
                // the pipeline and money have their own read models
            }
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from funding_claim_challenge");
        jdbc.update("delete from funding_contribution_claim");
    }
}
