package org.irrigate.app.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.app.replay.ProjectionControl;
import org.irrigate.app.support.Await;
import org.irrigate.app.support.IntegrationTest;
import org.irrigate.app.support.Tables;
import org.irrigate.core.api.AuditMetadata;
import org.irrigate.core.api.NetworkQuery.FindOrganisation;
import org.irrigate.core.api.NetworkQuery.FindPeople;
import org.irrigate.core.api.NetworkQuery.FindPlaces;
import org.irrigate.core.api.NetworkView.OrganisationStatus;
import org.irrigate.core.api.NetworkView.OrganisationView;
import org.irrigate.core.api.NetworkView.PersonView;
import org.irrigate.core.api.NetworkView.PlaceView;
import org.irrigate.core.api.OrganisationEvent;
import org.irrigate.core.api.OrganisationEvent.NetworkJoined;
import org.irrigate.core.api.OrganisationEvent.NetworkLeft;
import org.irrigate.core.api.OrganisationEvent.OrganisationKindChanged;
import org.irrigate.core.api.OrganisationEvent.OrganisationRegistered;
import org.irrigate.core.api.OrganisationEvent.OrganisationRenamed;
import org.irrigate.core.api.OrganisationEvent.OrganisationRetired;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OrganisationKind;
import org.irrigate.core.api.PersonEvent;
import org.irrigate.core.api.PersonEvent.PersonRegistered;
import org.irrigate.core.api.PersonEvent.PersonalDetailsUpdated;
import org.irrigate.core.api.PersonEvent.RoleEnded;
import org.irrigate.core.api.PersonEvent.RoleStarted;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.PersonalDataVault;
import org.irrigate.core.api.PersonalDetails;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.core.api.PlaceLevel;
import org.irrigate.core.api.PlaceRegistered;
import org.irrigate.core.api.QueryAnswers;
import org.irrigate.core.api.RoleId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Feeds network-core's events straight into the event bus and reads the directories they build. */
@IntegrationTest
class DirectoryProjectionsTest {
    static final LocalDate DAY = LocalDate.of(2022, 4, 1);

    @Autowired
    EventStore events;
    @Autowired
    QueryGateway queries;
    @Autowired
    Await await;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProjectionControl projections;
    @Autowired
    PersonalDataVault vault;

    /** Publishes events as their aggregates would: same aggregate, rising sequence numbers, so order holds. */
    void feed(Object... payloads) {
        Map<String, Long> sequences = new HashMap<>();
        for (Object payload : payloads) {
            String aggregate = aggregateOf(payload);
            long sequence = sequences.merge(aggregate, 1L, Long::sum) - 1;
            events.publish(new GenericDomainEventMessage<>(payload.getClass().getSimpleName(), aggregate, sequence,
                    payload, MetaData.from(Map.of(AuditMetadata.RECORDED_BY, "test",
                    AuditMetadata.RECORDED_AT, "2022-04-03T10:00:00Z"))));
        }
        await.projections();
    }

    private static String aggregateOf(Object payload) {
        return switch (payload) {
            case OrganisationEvent e -> e.organisationId().toString();
            case PersonEvent e -> e.personId().toString();
            case PlaceRegistered e -> e.code().toString();
            default -> throw new IllegalArgumentException(payload.toString());
        };
    }

    @Test
    void organisationDirectoryFollowsTheOrganisationsHistory() {
        OrganisationId id = OrganisationId.random();
        feed(new OrganisationRegistered(id, "Read with Me", OrganisationKind.VOLUNTARY_ORGANISATION,
                        new PlaceCode("E07000081"), "1234567", DAY),
                new OrganisationRenamed(id, "Read with Me", "Read With Me Gloucester", DAY.plusDays(1)),
                new OrganisationKindChanged(id, OrganisationKind.VOLUNTARY_ORGANISATION, OrganisationKind.COMMUNITY_GROUP,
                        "Registered as a group", DAY.plusDays(2)),
                new NetworkJoined(id, DAY.plusDays(3)),
                new NetworkLeft(id, "Lost funding", DAY.plusDays(30)),
                new OrganisationRetired(id, "Wound up", DAY.plusDays(60)));

        OrganisationView view = QueryAnswers.one(queries, new FindOrganisation(id), OrganisationView.class, "o", id);
        assertThat(view.name()).isEqualTo("Read With Me Gloucester");
        assertThat(view.kind()).isEqualTo(OrganisationKind.COMMUNITY_GROUP);
        assertThat(view.member()).isFalse();
        assertThat(view.joinedOn()).isEqualTo(DAY.plusDays(3));
        assertThat(view.leftOn()).isEqualTo(DAY.plusDays(30));
        assertThat(view.status()).isEqualTo(OrganisationStatus.RETIRED);
        assertThat(view.charityNumber()).isEqualTo("1234567");
    }

    @Test
    void peopleDirectoryAnswersWhoHeldARoleOnADay() {
        OrganisationId council = OrganisationId.random();
        PersonId first = PersonId.random();
        PersonId second = PersonId.random();
        RoleId firstRole = RoleId.random();
        feed(new OrganisationRegistered(council, "Test Council", OrganisationKind.LOCAL_AUTHORITY, null, null, DAY),
                new PersonRegistered(first, vault.seal(first, new PersonalDetails("First Officer", null, null)), DAY),
                new RoleStarted(first, firstRole, council, "Officer", DAY),
                new RoleEnded(first, firstRole, council, "Officer", "Moved on", DAY.plusMonths(6)),
                new PersonRegistered(second, vault.seal(second, new PersonalDetails("Second Officer", null, null)), DAY),
                new RoleStarted(second, RoleId.random(), council, "Officer", DAY.plusMonths(8)),
                new PersonalDetailsUpdated(second, vault.seal(second, new PersonalDetails("Second Officer", "s@example.org", null)), "email",
                        DAY.plusMonths(9)));

        assertThat(people(council, DAY.plusMonths(3))).extracting(PersonView::fullName).containsExactly("First Officer");
        assertThat(people(council, DAY.plusMonths(7))).isEmpty();
        assertThat(people(council, DAY.plusMonths(10))).extracting(PersonView::fullName)
                .containsExactly("Second Officer");
        PersonView firstView = people(council, DAY.plusMonths(3)).getFirst();
        assertThat(firstView.roles()).singleElement().satisfies(role -> {
            assertThat(role.organisationName()).isEqualTo("Test Council");
            assertThat(role.to()).isEqualTo(DAY.plusMonths(6));
            assertThat(role.endReason()).isEqualTo("Moved on");
        });
        assertThat(people(council, DAY.plusMonths(10)).getFirst().email()).isEqualTo("s@example.org");
    }

    @Test
    void placeDirectoryKeepsTheHierarchy() {
        PlaceCode ward = new PlaceCode("E05099901");
        feed(new PlaceRegistered(ward, "Test Ward", PlaceLevel.WARD, new PlaceCode("E07000082"), DAY));
        List<PlaceView> wards = QueryAnswers.list(queries, new FindPlaces(PlaceLevel.WARD, new PlaceCode("E07000082")),
                PlaceView.class);
        assertThat(wards).extracting(PlaceView::code).contains(ward);
        assertThat(QueryAnswers.list(queries, new FindPlaces(PlaceLevel.DISTRICT, new PlaceCode("E10000013")),
                PlaceView.class)).hasSize(6);
    }

    @Test
    void everyDirectoryRebuildsIdentically() throws Exception {
        await.projections();
        Map<String, String> tables = Map.of(
                "organisation_directory", "id", "person_directory", "id", "person_role", "role_id",
                "place_directory", "code");
        var before = snapshot(tables);
        for (String processor : List.of("organisation-directory", "people-directory", "place-directory")) {
            projections.rebuild(processor, Duration.ofSeconds(60));
        }
        assertThat(snapshot(tables)).isEqualTo(before);
    }

    private Map<String, List<Map<String, Object>>> snapshot(Map<String, String> tables) {
        return tables.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                e -> Tables.rows(jdbc, e.getKey(), e.getValue())));
    }

    private List<PersonView> people(OrganisationId organisation, LocalDate on) {
        return QueryAnswers.list(queries, new FindPeople(organisation, on), PersonView.class);
    }
}
