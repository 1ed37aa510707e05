package org.irrigate.app.journey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.irrigate.app.journey.JourneyView.ConversationLink;
import org.irrigate.app.journey.JourneyView.Journey;
import org.irrigate.app.journey.JourneyView.RelationshipLink;
import org.irrigate.app.journey.Picture.Award;
import org.irrigate.app.journey.Picture.Bid;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.Viewer;
import org.springframework.stereotype.Service;

/**
 * Network figures over every award's journey. An award is traceable to logged conversations when its journey (claims
 * that are not withdrawn, and what they lead to) reaches at least one conversation the viewer may see; its whole
 * total then counts as traceable. By partner, each organisation on the award's bid counts the whole award, as in
 * the funding module's money views.
 */
@Service
public class JourneyFigures {
    static final int TOP = 10;

    private final Journeys journeys;

    JourneyFigures(Journeys journeys) {
        this.journeys = journeys;
    }

    /** @param pence exact; {@code share} is traceable ÷ awarded, rounded to four places (0 when nothing awarded) */
    public record Share(String key, String name, int awards, long awardedPence, long traceablePence, double share) {
    }

    public record Frequent(UUID id, String label, int journeys) {
    }

    /** An award whose only links into its funder or deciding body run through people who have left their roles. */
    public record AtRisk(JourneyView.DecisionSummary decision, String explanation) {
    }

    public record Figures(Moment moment, int awards, long awardedPence, long traceablePence, double share,
                          List<Share> byYear, List<Share> byFunder, List<Share> byPartner, Double medianLeadTimeDays,
                          List<Frequent> conversations, List<Frequent> relationships, List<AtRisk> atRisk) {
    }

    public Figures figures(String replayId, Moment moment, Viewer viewer) {
        Journeys.Scene scene = journeys.scene(replayId, moment, viewer);
        // Every award's journey costs a second at a million events: a kept picture keeps its figures too, for as
        // long as the names, moment and day are the same (a rename is no journey fact and keeps the picture).
        return scene.picture().derived(Figures.class, scene.builder().inputs(), () -> figures(scene));
    }

    private static Figures figures(Journeys.Scene scene) {
        List<Journey> awardJourneys = scene.awardJourneys();
        Map<String, Tally> years = new LinkedHashMap<>();
        Map<String, Tally> funders = new LinkedHashMap<>();
        Map<String, Tally> partners = new LinkedHashMap<>();
        Tally all = new Tally("all", "all");
        for (Journey journey : awardJourneys) {
            Award award = scene.picture().awards.get(journey.decision().id());
            Bid bid = award.bid == null ? null : scene.picture().bids.get(award.bid);
            boolean traceable = !journey.conversations().isEmpty();
            long total = award.total;
            all.add(total, traceable);
            String year = String.valueOf(award.awardedOn.getYear());
            years.computeIfAbsent(year, k -> new Tally(k, k)).add(total, traceable);
            JourneyView.Ref funder = journey.decision().funder();
            String funderKey = funder == null ? "none" : funder.id().toString();
            funders.computeIfAbsent(funderKey, k -> new Tally(k, funder == null ? "none" : funder.name()))
                    .add(total, traceable);
            Set<OrganisationId> onBid = new LinkedHashSet<>();
            if (bid != null) {
                onBid.add(bid.lead);
                onBid.addAll(bid.partners);
            }
            if (onBid.isEmpty()) {
                partners.computeIfAbsent("none", k -> new Tally(k, "none")).add(total, traceable);
            }
            for (OrganisationId partner : onBid) {
                JourneyView.Ref ref = scene.builder().party(org.irrigate.influence.api.Party.organisation(partner));
                partners.computeIfAbsent(partner.toString(), k -> new Tally(k, ref.name())).add(total, traceable);
            }
        }
        List<Long> leadTimes = awardJourneys.stream().map(j -> j.leadTime().days()).filter(d -> d != null).sorted()
                .toList();
        return new Figures(scene.moment(), all.awards, all.awarded, all.traceable, all.share(), shares(years),
                shares(funders), shares(partners), median(leadTimes),
                frequent(awardJourneys, Journey::conversations, ConversationLink::conversationId,
                        c -> c.happenedOn() + ": " + c.topic()),
                frequent(awardJourneys, Journey::relationships, RelationshipLink::relationshipId,
                        r -> r.first().name() + " – " + r.second().name()),
                awardJourneys.stream().filter(j -> j.keyPersonRisk().atRisk())
                        .map(j -> new AtRisk(j.decision(), j.keyPersonRisk().explanation())).toList());
    }

    private static List<Share> shares(Map<String, Tally> tallies) {
        return tallies.values().stream().map(t -> new Share(t.key, t.name, t.awards, t.awarded, t.traceable, t.share()))
                .sorted(Comparator.comparing(Share::key)).toList();
    }

    static Double median(List<Long> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle).doubleValue()
                : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    /** The pieces of work that appear in most award journeys, most first. */
    private static <T> List<Frequent> frequent(List<Journey> journeys, Function<Journey, List<T>> parts,
                                               Function<T, UUID> id, Function<T, String> label) {
        Map<UUID, Integer> counts = new LinkedHashMap<>();
        Map<UUID, String> labels = new LinkedHashMap<>();
        for (Journey journey : journeys) {
            for (T part : parts.apply(journey)) {
                counts.merge(id.apply(part), 1, Integer::sum);
                labels.putIfAbsent(id.apply(part), label.apply(part));
            }
        }
        List<Frequent> all = new ArrayList<>();
        counts.forEach((key, count) -> all.add(new Frequent(key, labels.get(key), count)));
        return all.stream().sorted(Comparator.comparing((Frequent f) -> -f.journeys()).thenComparing(Frequent::label)
                .thenComparing(Frequent::id)).limit(TOP).toList();
    }

    private static final class Tally {
        final String key;
        final String name;
        int awards;
        long awarded;
        long traceable;

        Tally(String key, String name) {
            this.key = key;
            this.name = name;
        }

        void add(long pence, boolean isTraceable) {
            awards++;
            awarded = Math.addExact(awarded, pence);
            if (isTraceable) {
                traceable = Math.addExact(traceable, pence);
            }
        }

        double share() {
            return awarded == 0 ? 0 : Math.round(traceable * 10_000.0 / awarded) / 10_000.0;
        }
    }
}
