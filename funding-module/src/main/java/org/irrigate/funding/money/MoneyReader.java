package org.irrigate.funding.money;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.irrigate.core.api.AwardId;
import org.irrigate.core.api.BidId;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.Pence;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.funding.api.DisbursementId;
import org.irrigate.funding.api.FundingQuery.FindAward;
import org.irrigate.funding.api.FundingQuery.FindAwards;
import org.irrigate.funding.api.FundingQuery.FindMoney;
import org.irrigate.funding.api.FundingView.AmendmentView;
import org.irrigate.funding.api.FundingView.AwardView;
import org.irrigate.funding.api.FundingView.DisbursementView;
import org.irrigate.funding.api.FundingView.MoneyRow;
import org.irrigate.funding.api.FundingView.SchedulePartView;
import org.irrigate.funding.api.Recipient;
import org.irrigate.core.api.InvalidInputException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers award and money questions from the tables {@link MoneyProjection} keeps. */
@Component
class MoneyReader {
    private final JdbcTemplate jdbc;

    MoneyReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<AwardView> handle(FindAwards query) {
        UUID funder = query.funder() == null ? null : query.funder().value();
        UUID recipient = query.recipient() == null ? null : query.recipient().value();
        return awards("""
                where (cast(? as uuid) is null or a.funder = ?)
                  and (cast(? as uuid) is null or exists (select 1 from funding_award_recipient r
                       where r.award_id = a.id and (r.organisation_id = ? or r.host = ?)))
                """, funder, funder, recipient, recipient, recipient);
    }

    @QueryHandler
    AwardView handle(FindAward query) {
        return awards("where a.id = ?", query.awardId().value()).stream().findFirst().orElse(null);
    }

    @QueryHandler
    List<MoneyRow> handle(FindMoney query) {
        return MoneyRow.addUp(InvalidInputException.requirePresent(query.by(), "by"), handle(new FindAwards(null, null)));
    }

    private List<AwardView> awards(String where, Object... args) {
        List<AwardView> views = new ArrayList<>();
        jdbc.query("""
                select a.*, b.lead, b.amount_requested, p.programme from funding_award a
                  left join funding_money_bid b on b.bid_id = a.bid_id
                  left join funding_money_programme p on p.opportunity_id = b.opportunity_id
                """ + where + " order by a.awarded_on, a.title, a.id", rs -> {
            views.add(award(rs));
        }, args);
        return views;
    }

    private AwardView award(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID bid = rs.getObject("bid_id", UUID.class);
        UUID lead = rs.getObject("lead", UUID.class);
        long requested = rs.getLong("amount_requested");
        Pence amountRequested = rs.wasNull() ? null : new Pence(requested);
        Pence total = new Pence(rs.getLong("total"));
        List<DisbursementView> disbursements = disbursements(id);
        Map<String, Pence> paidByPart = new HashMap<>();
        disbursements.forEach(d -> paidByPart.merge(d.part(), d.amount(), Pence::plus));
        Pence paid = paidByPart.values().stream().reduce(Pence.ZERO, Pence::plus);
        List<OrganisationId> partners = new ArrayList<>();
        if (lead != null) {
            partners.add(new OrganisationId(lead));
            partners.addAll(jdbc.query(
                    "select organisation_id from funding_money_bid_partner where bid_id = ? order by position",
                    (r, i) -> new OrganisationId(r.getObject(1, UUID.class)), bid));
        }
        Instant lastModified = rs.getObject("last_modified", OffsetDateTime.class).toInstant();
        return new AwardView(new AwardId(id), bid == null ? null : new BidId(bid),
                new OrganisationId(rs.getObject("funder", UUID.class)), rs.getString("programme"),
                rs.getString("title"), rs.getString("description"), recipients(id), total, paid, total.minus(paid),
                schedule(id, paidByPart), disbursements, amendments(id), places(id), partners, amountRequested,
                rs.getObject("awarded_on", LocalDate.class), lastModified);
    }

    private List<Recipient> recipients(UUID awardId) {
        return jdbc.query("select * from funding_award_recipient where award_id = ? order by position", (rs, i) -> {
            UUID host = rs.getObject("host", UUID.class);
            return new Recipient(new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                    host == null ? null : new OrganisationId(host));
        }, awardId);
    }

    private List<PlaceCode> places(UUID awardId) {
        return jdbc.query("select place_code from funding_award_place where award_id = ? order by position",
                (rs, i) -> new PlaceCode(rs.getString(1)), awardId);
    }

    private List<SchedulePartView> schedule(UUID awardId, Map<String, Pence> paidByPart) {
        return jdbc.query("select * from funding_schedule_part where award_id = ? order by position", (rs, i) -> {
            String key = rs.getString("part_key");
            Pence amount = new Pence(rs.getLong("amount"));
            Pence paid = paidByPart.getOrDefault(key, Pence.ZERO);
            return new SchedulePartView(key, rs.getString("label"),
                    new OrganisationId(rs.getObject("recipient", UUID.class)), rs.getObject("starts_on", LocalDate.class),
                    rs.getObject("ends_on", LocalDate.class), amount, paid, amount.minus(paid));
        }, awardId);
    }

    private List<DisbursementView> disbursements(UUID awardId) {
        return jdbc.query("select * from funding_disbursement where award_id = ? order by paid_on, id",
                (rs, i) -> new DisbursementView(new DisbursementId(rs.getObject("id", UUID.class)),
                        rs.getString("part_key"), new OrganisationId(rs.getObject("recipient", UUID.class)),
                        new OrganisationId(rs.getObject("paid_to", UUID.class)), new Pence(rs.getLong("amount")),
                        rs.getString("reference"), rs.getObject("paid_on", LocalDate.class)), awardId);
    }

    private List<AmendmentView> amendments(UUID awardId) {
        return jdbc.query("select * from funding_award_amendment where award_id = ? order by sequence_number",
                (rs, i) -> new AmendmentView(new Pence(rs.getLong("previous_total")), new Pence(rs.getLong("total")),
                        rs.getString("reason"), rs.getObject("amended_on", LocalDate.class)), awardId);
    }
}
