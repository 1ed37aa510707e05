package org.irrigate.app.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.irrigate.app.replay.ProjectionControl;
import org.irrigate.app.support.Await;
import org.irrigate.app.support.IntegrationTest;
import org.irrigate.app.support.Tables;
import org.irrigate.core.api.AuditMetadata;
import org.irrigate.core.api.BidId;
import org.irrigate.core.api.ContributionClaimId;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.OrganisationEvent.OrganisationRegistered;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OrganisationKind;
import org.irrigate.core.api.PersonEvent.PersonRegistered;
import org.irrigate.core.api.PersonalDataVault;
import org.irrigate.core.api.PersonalDetails;
import org.irrigate.core.api.PersonEvent.RoleEnded;
import org.irrigate.core.api.PersonEvent.RoleStarted;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.RelationshipId;
import org.irrigate.core.api.RepresentationId;
import org.irrigate.core.api.RoleId;
import org.irrigate.core.api.Viewer;
import org.irrigate.funding.api.ContributingWork;
import org.irrigate.funding.api.ContributionStrength;
import org.irrigate.funding.api.FundingEvent.ContributionClaimWithdrawn;
import org.irrigate.funding.api.FundingEvent.ContributionClaimed;
import org.irrigate.influence.api.Channel;
import org.irrigate.influence.api.ConversationDetails;
import org.irrigate.influence.api.ConversationEvent.ConversationAmended;
import org.irrigate.influence.api.ConversationEvent.ConversationLogged;
import org.irrigate.influence.api.ConversationEvent.ConversationRetracted;
import org.irrigate.influence.api.Party;
import org.irrigate.influence.api.RelationshipEvent.RelationshipAssessed;
import org.irrigate.influence.api.RelationshipEvent.RelationshipFlaggedAtRisk;
import org.irrigate.influence.api.RelationshipEvent.RelationshipRecorded;
import org.irrigate.influence.api.RelationshipEvent.RelationshipRiskResolved;
import org.irrigate.influence.api.RepresentationEvent.RepresentationEnded;
import org.irrigate.influence.api.RepresentationEvent.RepresentationStarted;
import org.irrigate.influence.api.RoleDependency;
import org.irrigate.influence.api.Strength;
import org.irrigate.influence.api.Visibility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Feeds influence, network-core and funding events straight into the event bus, each recorded at a chosen time,
 * and checks the dated facts the graph projection keeps, what they give on a day as known at an instant, and that
 * a rebuild from the event store gives the same rows.
 */
@IntegrationTest
class NetworkGraphProjectionTest {
    static final LocalDate DAY = LocalDate.of(2022, 3, 1);

    @Autowired
    EventStore events;
    @Autowired
    Await await;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProjectionControl projections;
    @Autowired
    GraphFactsReader reader;
    @Autowired
    PersonalDataVault vault;

    final OrganisationId partner = OrganisationId.random();
    final OrganisationId council = OrganisationId.random();
    final PersonId officer = PersonId.random();
    final PersonId worker = PersonId.random();
    final RoleId officerRole = RoleId.random();
    final RelationshipId relationship = RelationshipId.random();
    final ConversationId talk = ConversationId.random();
    final ConversationId duplicate = ConversationId.random();
    final RepresentationId seat = RepresentationId.random();
    final ContributionClaimId claim = ContributionClaimId.random();
    final BidId bid = BidId.random();

    /** Each payload is published as its aggregate's next event, recorded at the given instant. */
    void feed(String aggregate, String recordedAt, Object... payloads) {
        long sequence = nextSequence(aggregate);
        for (Object payload : payloads) {
            events.publish(new GenericDomainEventMessage<>(payload.getClass().getSimpleName(), aggregate,
                    sequence++, payload, MetaData.from(Map.of(AuditMetadata.RECORDED_BY, "test",
                    AuditMetadata.RECORDED_AT, recordedAt))));
        }
    }

    private long nextSequence(String aggregate) {
        Long last = jdbc.queryForObject("select max(sequence_number) from domain_event_entry where aggregate_identifier = ?",
                Long.class, aggregate);
        return last == null ? 0 : last + 1;
    }

    void tell() {
        Party us = Party.organisation(partner);
        Party them = Party.organisation(council);
        // Registered first, as the application would have them, so every other read model can name them.
        feed(partner.toString(), "2022-03-01T10:00:00Z", new OrganisationRegistered(partner, "Graph Test Hub",
                OrganisationKind.COMMUNITY_ANCHOR, null, null, DAY));
        feed(council.toString(), "2022-03-01T10:00:00Z", new OrganisationRegistered(council, "Graph Test Council",
                OrganisationKind.LOCAL_AUTHORITY, null, null, DAY));
        for (PersonId person : List.of(officer, worker)) {
            feed(person.toString(), "2022-03-01T10:00:00Z", new PersonRegistered(person,
                    vault.seal(person, new PersonalDetails("Graph Test Person", null, null)), DAY));
        }
        feed(officer.toString(), "2022-03-03T10:00:00Z",
                new RoleStarted(officer, officerRole, council, "Officer", DAY),
                new RoleEnded(officer, officerRole, council, "Officer", "Moved on", DAY.plusMonths(12)));
        feed(relationship.toString(), "2022-03-03T10:00:00Z",
                new RelationshipRecorded(relationship, us, them, new RoleDependency(officer, officerRole), DAY),
                new RelationshipAssessed(relationship, us, them, Strength.AWARE, null, List.of(), DAY));
        feed(relationship.toString(), "2022-09-03T10:00:00Z",
                new RelationshipAssessed(relationship, us, them, Strength.TRUSTED, "Close", List.of(talk),
                        DAY.plusMonths(6)));
        feed(relationship.toString(), "2023-03-03T10:00:00Z",
                new RelationshipFlaggedAtRisk(relationship, us, them, new RoleDependency(officer, officerRole),
                        DAY.plusMonths(12), DAY.plusMonths(12)),
                new RelationshipRiskResolved(relationship, us, them, "New contact", DAY.plusMonths(13)));
        ConversationDetails first = details(us, them, Party.person(officer));
        feed(talk.toString(), "2022-04-03T10:00:00Z",
                new ConversationLogged(talk, partner, DAY.plusMonths(1), first, List.of(), Visibility.PRIVATE),
                new ConversationAmended(talk, partner, partner, DAY.plusMonths(1),
                        details(us, them, Party.person(officer), Party.person(worker)), "Worker was there too"));
        feed(duplicate.toString(), "2022-04-03T10:00:00Z",
                new ConversationLogged(duplicate, partner, DAY.plusMonths(1), first, List.of(), Visibility.SHARED),
                new ConversationRetracted(duplicate, partner, null, "Duplicate", DAY.plusMonths(1)));
        feed(seat.toString(), "2022-05-03T10:00:00Z",
                new RepresentationStarted(seat, worker, partner, council, "Board", DAY.plusMonths(2)));
        feed(seat.toString(), "2023-05-03T10:00:00Z",
                new RepresentationEnded(seat, worker, partner, council, "Term over", DAY.plusMonths(14)));
        feed(claim.toString(), "2022-06-03T10:00:00Z",
                new ContributionClaimed(claim, ContributingWork.of(seat), bid, null, ContributionStrength.SOME,
                        "The seat mattered", "Board minutes", partner, DAY.plusMonths(3)),
                new ContributionClaimWithdrawn(claim, partner, "Overstated", DAY.plusMonths(4)));
        await.projections();
    }

    private static ConversationDetails details(Party... parties) {
        return new ConversationDetails(List.of(parties), null, Channel.MEETING, "Hubs", null, List.of(), Set.of());
    }

    @Test
    void everyFactIsKeptWithItsDayAndItsRecordTime() {
        tell();
        List<Map<String, Object>> facts = jdbc.queryForList("""
                select seq, fact, strength, person_id, happened_on from graph_relationship_fact
                where relationship_id = ? order by seq""", relationship.value());
        assertThat(facts).extracting(r -> r.get("fact")).containsExactly("DEPENDS_ON", "ASSESSED", "ASSESSED",
                "AT_RISK", "RISK_RESOLVED");
        assertThat(facts.get(2).get("strength")).isEqualTo("TRUSTED");
        assertThat(facts.get(3).get("person_id")).isEqualTo(officer.value());

        assertThat(jdbc.queryForList("select fact, private_to from graph_conversation_fact where conversation_id = ?"
                + " order by seq", talk.value())).extracting(r -> r.get("private_to"))
                .containsExactly(partner.value(), partner.value());
        assertThat(jdbc.queryForObject("select count(*) from graph_conversation_party where conversation_id = ?"
                + " and seq = 1", Integer.class, talk.value())).isEqualTo(4);

        Map<String, Object> role = jdbc.queryForMap("select * from graph_span where id = ?", officerRole.value());
        assertThat(role.get("kind")).isEqualTo("ROLE");
        assertThat(role.get("ended_on").toString()).isEqualTo("2023-03-01");
        Map<String, Object> board = jdbc.queryForMap("select * from graph_span where id = ?", seat.value());
        assertThat(board.get("on_behalf_of")).isEqualTo(partner.value());
        assertThat(board.get("organisation_id")).isEqualTo(council.value());

        Map<String, Object> claimed = jdbc.queryForMap("select * from graph_claim where id = ?", claim.value());
        assertThat(claimed.get("work_kind")).isEqualTo("REPRESENTATION");
        assertThat(claimed.get("bid_id")).isEqualTo(bid.value());
        assertThat(claimed.get("withdrawn_on").toString()).isEqualTo("2022-07-01");
    }

    @Test
    void theFactsGiveTheNetworkAsItWasOnADayAsKnownAtAnInstant() {
        tell();
        Viewer coordinator = new Viewer("coordinator", null, true);
        Viewer otherPartner = new Viewer("other", OrganisationId.random(), false);
        KnownFacts now = reader.known(null, coordinator);
        LocalDate autumn = DAY.plusMonths(7);
        assertThat(relationshipTie(now.ties(autumn)).strength()).isEqualTo(Strength.TRUSTED);
        assertThat(relationshipTie(now.ties(DAY.plusMonths(12))).atRisk()).isTrue();
        assertThat(relationshipTie(now.ties(DAY.plusMonths(13))).atRisk()).isFalse();
        // In August 2022 Irrigate did not yet know of the autumn assessment.
        KnownFacts august = reader.known(Instant.parse("2022-08-01T00:00:00Z"), coordinator);
        assertThat(relationshipTie(august.ties(autumn)).strength()).isEqualTo(Strength.AWARE);
        // The seat's end was recorded in May 2023: known then, it ended; known before, it still lasted.
        assertThat(seats(now.ties(DAY.plusMonths(15)))).isEmpty();
        assertThat(seats(reader.known(Instant.parse("2023-04-01T00:00:00Z"), coordinator)
                .ties(DAY.plusMonths(15)))).hasSize(1);
        // The corrected conversation links four parties (six pairs); the retracted one links nobody.
        assertThat(conversationTies(now.ties(autumn), talk)).hasSize(6);
        assertThat(conversationTies(now.ties(autumn), duplicate)).isEmpty();
        assertThat(conversationTies(reader.known(null, otherPartner).ties(autumn), talk)).isEmpty();
        // The claim stood for a month.
        assertThat(now.journeys(DAY.plusMonths(3).plusDays(5))).containsKey(seat.value());
        assertThat(now.journeys(DAY.plusMonths(5))).doesNotContainKey(seat.value());
    }

    @Test
    void rebuildingTheProjectionGivesIdenticalRows() throws Exception {
        tell();
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("graph_relationship_fact", "relationship_id, seq");
        tables.put("graph_conversation_fact", "conversation_id, seq");
        tables.put("graph_conversation_party", "conversation_id, seq, party_order");
        tables.put("graph_span", "id");
        tables.put("graph_claim", "id");
        tables.put("graph_award", "id");
        Map<String, List<Map<String, Object>>> before = snapshot(tables);
        assertThat(before.values()).allSatisfy(rows -> assertThat(rows).isNotEmpty());
        projections.rebuild(NetworkGraphProjection.PROCESSING_GROUP, Duration.ofSeconds(120));
        assertThat(snapshot(tables)).isEqualTo(before);
    }

    private Map<String, List<Map<String, Object>>> snapshot(Map<String, String> tables) {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        tables.forEach((table, key) -> rows.put(table, Tables.rows(jdbc, table, key)));
        return rows;
    }

    private Tie relationshipTie(List<Tie> ties) {
        return ties.stream().filter(t -> t.work().equals(relationship.value())).findFirst().orElseThrow();
    }

    private List<Tie> seats(List<Tie> ties) {
        return ties.stream().filter(t -> t.work().equals(seat.value())).toList();
    }

    private static List<Tie> conversationTies(List<Tie> ties, ConversationId id) {
        return ties.stream().filter(t -> t.work().equals(id.value())).toList();
    }

}
