package org.irrigate.funding.pipeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.irrigate.core.api.BidId;
import org.irrigate.core.api.FundingOpportunityId;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.Pence;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.funding.api.BidStatus;
import org.irrigate.funding.api.DecisionOutcome;
import org.irrigate.funding.api.FundingQuery.FindBid;
import org.irrigate.funding.api.FundingQuery.FindBids;
import org.irrigate.funding.api.FundingQuery.FindFundingOpportunities;
import org.irrigate.funding.api.FundingQuery.FindFundingOpportunity;
import org.irrigate.funding.api.FundingQuery.FindPipeline;
import org.irrigate.funding.api.FundingView.BidView;
import org.irrigate.funding.api.FundingView.DecisionView;
import org.irrigate.funding.api.FundingView.OpportunityView;
import org.irrigate.funding.api.FundingView.PipelineRow;
import org.irrigate.funding.api.ReopenGround;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers pipeline questions from the tables {@link PipelineProjection} keeps. */
@Component
class PipelineReader {
    private final JdbcTemplate jdbc;

    PipelineReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<OpportunityView> handle(FindFundingOpportunities query) {
        UUID funder = query.funder() == null ? null : query.funder().value();
        return jdbc.query("""
                        select * from funding_opportunity where (cast(? as uuid) is null or funder = ?)
                        order by recorded_on, programme, id""", this::opportunity, funder, funder);
    }

    @QueryHandler
    OpportunityView handle(FindFundingOpportunity query) {
        return jdbc.query("select * from funding_opportunity where id = ?", this::opportunity,
                query.fundingOpportunityId().value()).stream().findFirst().orElse(null);
    }

    private OpportunityView opportunity(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<PlaceCode> places = jdbc.query(
                "select place_code from funding_opportunity_place where opportunity_id = ? order by position",
                (r, i) -> new PlaceCode(r.getString(1)), id);
        long potValue = rs.getLong("total_pot");
        Pence pot = rs.wasNull() ? null : new Pence(potValue);
        return new OpportunityView(new FundingOpportunityId(id), new OrganisationId(rs.getObject("funder", UUID.class)),
                rs.getString("programme"), pot, places,
                rs.getObject("opens_on", LocalDate.class), rs.getObject("closes_on", LocalDate.class),
                rs.getString("notes"), rs.getObject("recorded_on", LocalDate.class));
    }

    @QueryHandler
    List<BidView> handle(FindBids query) {
        UUID funder = query.funder() == null ? null : query.funder().value();
        UUID organisation = query.organisation() == null ? null : query.organisation().value();
        String status = query.status() == null ? null : query.status().name();
        return bids("""
                where (cast(? as varchar(20)) is null or b.status = ?)
                  and (cast(? as uuid) is null or b.funder = ?)
                  and (cast(? as uuid) is null or b.lead = ?
                       or exists (select 1 from funding_bid_partner p where p.bid_id = b.id and p.organisation_id = ?))
                """, status, status, funder, funder, organisation, organisation, organisation);
    }

    @QueryHandler
    BidView handle(FindBid query) {
        return bids("where b.id = ?", query.bidId().value()).stream().findFirst().orElse(null);
    }

    /** Bid counts and money by status and funder; "decided" is what standing decisions give. */
    @QueryHandler
    List<PipelineRow> handle(FindPipeline query) {
        return PipelineRow.addUp(handle(new FindBids(null, null, null)));
    }

    private List<BidView> bids(String where, Object... args) {
        List<Object[]> rows = jdbc.query("""
                select b.*, o.programme from funding_bid b left join funding_opportunity o on o.id = b.opportunity_id
                """ + where + " order by b.drafted_on, b.title, b.id", (rs, i) -> new Object[] {
                rs.getObject("id", UUID.class), rs.getObject("opportunity_id", UUID.class),
                rs.getObject("funder", UUID.class), rs.getString("programme"), rs.getString("title"),
                rs.getObject("lead", UUID.class), rs.getLong("amount_requested"), rs.getString("status"),
                rs.getObject("drafted_on", LocalDate.class), rs.getObject("submitted_on", LocalDate.class),
                rs.getObject("withdrawn_on", LocalDate.class), rs.getString("withdrawal_reason")}, args);
        List<BidView> views = new ArrayList<>();
        for (Object[] r : rows) {
            UUID id = (UUID) r[0];
            views.add(new BidView(new BidId(id), new FundingOpportunityId((UUID) r[1]),
                    new OrganisationId((UUID) r[2]), (String) r[3], (String) r[4], new OrganisationId((UUID) r[5]),
                    partners(id), new Pence((Long) r[6]), BidStatus.valueOf((String) r[7]), (LocalDate) r[8],
                    (LocalDate) r[9], (LocalDate) r[10], (String) r[11], decisions(id)));
        }
        return views;
    }

    private List<OrganisationId> partners(UUID bidId) {
        return jdbc.query("select organisation_id from funding_bid_partner where bid_id = ? order by position",
                (rs, i) -> new OrganisationId(rs.getObject(1, UUID.class)), bidId);
    }

    private List<DecisionView> decisions(UUID bidId) {
        return jdbc.query("select * from funding_decision where bid_id = ? order by decision_number", (rs, i) -> {
            int number = rs.getInt("decision_number");
            List<PersonId> people = jdbc.query("""
                            select person_id from funding_decision_person where bid_id = ? and decision_number = ?
                            order by position""", (p, j) -> new PersonId(p.getObject(1, UUID.class)), bidId, number);
            String reopenedBy = rs.getString("reopened_by");
            return new DecisionView(number, DecisionOutcome.valueOf(rs.getString("outcome")),
                    new Pence(rs.getLong("amount")), new OrganisationId(rs.getObject("decision_maker", UUID.class)),
                    people, rs.getString("notes"), rs.getObject("decided_on", LocalDate.class),
                    reopenedBy == null ? null : ReopenGround.valueOf(reopenedBy), rs.getString("reopen_reason"),
                    rs.getObject("reopened_on", LocalDate.class));
        }, bidId);
    }
}
