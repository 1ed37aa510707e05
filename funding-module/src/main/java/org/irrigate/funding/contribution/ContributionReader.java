package org.irrigate.funding.contribution;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.irrigate.core.api.AdvocacyActionId;
import org.irrigate.core.api.AwardId;
import org.irrigate.core.api.BidId;
import org.irrigate.core.api.ContributionClaimId;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.RelationshipId;
import org.irrigate.core.api.RepresentationId;
import org.irrigate.funding.api.ClaimStatus;
import org.irrigate.funding.api.ContributingWork;
import org.irrigate.funding.api.ContributionStrength;
import org.irrigate.funding.api.FundingQuery.FindContributionClaim;
import org.irrigate.funding.api.FundingQuery.FindContributionClaims;
import org.irrigate.funding.api.FundingView.ChallengeView;
import org.irrigate.funding.api.FundingView.ContributionClaimView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers contribution-claim questions from the tables {@link ContributionProjection} keeps. */
@Component
class ContributionReader {
    private final JdbcTemplate jdbc;

    ContributionReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<ContributionClaimView> handle(FindContributionClaims query) {
        UUID award = query.awardId() == null ? null : query.awardId().value();
        UUID bid = query.bidId() == null ? null : query.bidId().value();
        return jdbc.query("""
                        select * from funding_contribution_claim
                        where (cast(? as uuid) is null or award_id = ?) and (cast(? as uuid) is null or bid_id = ?)
                          and (cast(? as uuid) is null or work_id = ?)
                        order by claimed_on, id""", this::claim, award, award, bid, bid, query.work(), query.work());
    }

    @QueryHandler
    ContributionClaimView handle(FindContributionClaim query) {
        return jdbc.query("select * from funding_contribution_claim where id = ?", this::claim,
                query.contributionClaimId().value()).stream().findFirst().orElse(null);
    }

    private ContributionClaimView claim(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        ContributingWork.Kind kind = ContributingWork.Kind.valueOf(rs.getString("work_kind"));
        UUID bid = rs.getObject("bid_id", UUID.class);
        UUID award = rs.getObject("award_id", UUID.class);
        List<ChallengeView> challenges = jdbc.query("""
                        select * from funding_claim_challenge where claim_id = ? order by sequence_number""",
                (r, i) -> new ChallengeView(new OrganisationId(r.getObject("challenged_by", UUID.class)),
                        r.getString("reason"), r.getObject("challenged_on", LocalDate.class)), id);
        return new ContributionClaimView(new ContributionClaimId(id), work(kind, rs.getObject("work_id", UUID.class)),
                kind, bid == null ? null : new BidId(bid), award == null ? null : new AwardId(award),
                ContributionStrength.valueOf(rs.getString("strength")), rs.getString("rationale"),
                rs.getString("evidence"), new OrganisationId(rs.getObject("claimed_by", UUID.class)),
                rs.getObject("claimed_on", LocalDate.class), ClaimStatus.valueOf(rs.getString("status")), challenges,
                rs.getString("withdrawal_reason"), rs.getObject("withdrawn_on", LocalDate.class));
    }

    private static ContributingWork work(ContributingWork.Kind kind, UUID id) {
        return switch (kind) {
            case CONVERSATION -> ContributingWork.of(new ConversationId(id));
            case ADVOCACY_ACTION -> ContributingWork.of(new AdvocacyActionId(id));
            case RELATIONSHIP -> ContributingWork.of(new RelationshipId(id));
            case REPRESENTATION -> ContributingWork.of(new RepresentationId(id));
        };
    }
}
