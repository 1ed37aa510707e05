package org.irrigate.app.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.irrigate.app.support.IntegrationTest;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The picture's lookups answer exactly what scanning every record of the demo network answers, in the same order. */
@IntegrationTest
class PictureIndexTest extends JourneyIntegration {
    @Autowired
    FactRows facts;

    @Test
    void lookupsMatchAFullScan() throws Exception {
        await.projections();
        Picture picture = Picture.of(
                each -> facts.forEach(null, null, new Viewer("test", null, true), each), null);
        assertThat(picture.awards).isNotEmpty();
        assertThat(picture.claims).isNotEmpty();
        for (Picture.Bid bid : picture.bids.values()) {
            assertThat(picture.awardsOn(bid.id)).containsExactlyElementsOf(
                    picture.awards.values().stream().filter(a -> bid.id.equals(a.bid)).toList());
            Set<UUID> awardIds = new LinkedHashSet<>(picture.awardsOn(bid.id).stream().map(a -> a.id).toList());
            assertThat(picture.claimsOn(awardIds, bid.id)).containsExactlyInAnyOrderElementsOf(picture.claims.values().stream()
                    .filter(c -> (c.award != null && awardIds.contains(c.award)) || bid.id.equals(c.bid)).toList());
        }
        for (Picture.Award award : picture.awards.values()) {
            assertThat(picture.claimsOn(Set.of(award.id), null)).containsExactlyElementsOf(picture.claims.values()
                    .stream().filter(c -> award.id.equals(c.award)).toList());
        }
        for (UUID conversation : picture.conversations.keySet()) {
            assertThat(picture.followedUpFrom(conversation)).containsExactlyElementsOf(picture.conversations.values()
                    .stream().filter(p -> p.followedUpBy.contains(conversation)).map(p -> p.id).toList());
        }
        List<OrganisationId> targets = new ArrayList<>(new LinkedHashSet<>(
                picture.advocacy.values().stream().map(a -> a.target).filter(t -> t != null).toList()));
        assertThat(targets).hasSizeGreaterThan(1);
        for (int i = 0; i + 1 < targets.size(); i++) {
            Set<OrganisationId> body = new LinkedHashSet<>(List.of(targets.get(i + 1), targets.get(i)));
            assertThat(picture.advocacyAt(body)).containsExactlyElementsOf(picture.advocacy.values().stream()
                    .filter(a -> body.contains(a.target)).toList());
        }
        picture.roles.values().stream().map(r -> r.person).distinct().forEach(person ->
                assertThat(picture.rolesOf(person)).containsExactlyElementsOf(picture.roles.values().stream()
                        .filter(r -> r.person.equals(person)).toList()));
    }
}
