package org.irrigate.app.graph;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.irrigate.app.graph.KnownFacts.Claim;
import org.irrigate.app.graph.KnownFacts.ConversationFact;
import org.irrigate.app.graph.KnownFacts.Party;
import org.irrigate.app.graph.KnownFacts.RelationshipFact;
import org.irrigate.app.graph.KnownFacts.Span;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.Viewer;
import org.irrigate.influence.api.Strength;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the graph facts Irrigate knew at a record time: each fact recorded at or before {@code knownOn} (every fact
 * when null), an end of a role or seat only if its end was recorded by then too. Conversations another partner
 * keeps private are left out, so they never shape this reader's graph or figures.
 */
@Component
class GraphFactsReader {
    private final JdbcTemplate jdbc;

    GraphFactsReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    KnownFacts known(Instant knownOn, Viewer viewer) {
        Timestamp at = Timestamp.from(knownOn == null ? Instant.parse("9999-12-31T00:00:00Z") : knownOn);
        return new KnownFacts(relationships(at), conversations(at, viewer), spans(at), claims(at));
    }

    private Map<UUID, List<RelationshipFact>> relationships(Timestamp at) {
        Map<UUID, List<RelationshipFact>> facts = new LinkedHashMap<>();
        jdbc.query("""
                select relationship_id, seq, fact, first_kind, first_id, second_kind, second_id, strength, person_id,
                  happened_on from graph_relationship_fact where recorded_at <= ? order by relationship_id, seq""",
                rs -> {
                    String strength = rs.getString("strength");
                    facts.computeIfAbsent(rs.getObject("relationship_id", UUID.class), k -> new ArrayList<>())
                            .add(new RelationshipFact(rs.getLong("seq"), rs.getString("fact"),
                                    NodeKind.valueOf(rs.getString("first_kind")), rs.getObject("first_id", UUID.class),
                                    NodeKind.valueOf(rs.getString("second_kind")),
                                    rs.getObject("second_id", UUID.class),
                                    strength == null ? null : Strength.valueOf(strength),
                                    rs.getObject("person_id", UUID.class),
                                    rs.getObject("happened_on", LocalDate.class)));
                }, at);
        return facts;
    }

    /** A conversation counts for this reader only if its latest known version is one they may see. */
    private Map<UUID, List<ConversationFact>> conversations(Timestamp at, Viewer viewer) {
        Map<String, List<Party>> parties = new HashMap<>();
        jdbc.query("""
                select p.conversation_id, p.seq, p.party_kind, p.party_id from graph_conversation_party p
                join graph_conversation_fact f on f.conversation_id = p.conversation_id and f.seq = p.seq
                where f.recorded_at <= ? order by p.conversation_id, p.seq, p.party_order""",
                rs -> {
                    parties.computeIfAbsent(rs.getObject("conversation_id", UUID.class) + ":" + rs.getLong("seq"),
                                    k -> new ArrayList<>())
                            .add(new Party(NodeKind.valueOf(rs.getString("party_kind")),
                                    rs.getObject("party_id", UUID.class)));
                }, at);
        Map<UUID, List<ConversationFact>> facts = new LinkedHashMap<>();
        Map<UUID, UUID> privateTo = new HashMap<>();
        jdbc.query("""
                select conversation_id, seq, fact, happened_on, private_to from graph_conversation_fact
                where recorded_at <= ? order by conversation_id, seq""",
                rs -> {
                    UUID id = rs.getObject("conversation_id", UUID.class);
                    long seq = rs.getLong("seq");
                    boolean retracted = rs.getString("fact").equals("RETRACTED");
                    facts.computeIfAbsent(id, k -> new ArrayList<>()).add(new ConversationFact(seq, retracted,
                            rs.getObject("happened_on", LocalDate.class),
                            parties.getOrDefault(id + ":" + seq, List.of())));
                    UUID hidden = rs.getObject("private_to", UUID.class);
                    if (hidden == null) {
                        privateTo.remove(id);
                    } else {
                        privateTo.put(id, hidden);
                    }
                }, at);
        privateTo.forEach((id, owner) -> {
            if (!viewer.maySee(new OrganisationId(owner))) {
                facts.remove(id);
            }
        });
        return facts;
    }

    private List<Span> spans(Timestamp at) {
        return jdbc.query("""
                        select id, kind, person_id, organisation_id, title, started_on,
                          case when ended_recorded_at <= ? then ended_on end as ended_on
                        from graph_span where started_recorded_at <= ? order by id""",
                (rs, i) -> new Span(rs.getObject("id", UUID.class), LinkKind.valueOf(rs.getString("kind")),
                        rs.getObject("person_id", UUID.class), rs.getObject("organisation_id", UUID.class),
                        rs.getString("title"), rs.getObject("started_on", LocalDate.class),
                        rs.getObject("ended_on", LocalDate.class)), at, at);
    }

    /** The journey of a claim is its bid: named, or the one its award came from, or else the award itself. */
    private List<Claim> claims(Timestamp at) {
        return jdbc.query("""
                        select c.work_id, coalesce(c.bid_id, a.bid_id, c.award_id) as journey_id, c.happened_on,
                          case when c.withdrawn_recorded_at <= ? then c.withdrawn_on end as withdrawn_on
                        from graph_claim c left join graph_award a on a.id = c.award_id
                        where c.recorded_at <= ? order by c.id""",
                (rs, i) -> new Claim(rs.getObject("work_id", UUID.class), rs.getObject("journey_id", UUID.class),
                        rs.getObject("happened_on", LocalDate.class), rs.getObject("withdrawn_on", LocalDate.class)),
                at, at);
    }

}
