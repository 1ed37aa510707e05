package org.irrigate.funding.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.Pence;
import org.irrigate.funding.api.SchedulePart;

/**
 * An award's schedule, however the total is cut: accepted exactly when its parts add up to the total to the penny
 * and every recipient has a part; a penny too much or too little is refused and says which.
 */
class SchedulePropertiesTest {
    static final List<OrganisationId> ORGANISATIONS = IntStream.range(0, 4).mapToObj(i -> OrganisationId.random())
            .toList();

    /** A total in pence and the parts it is cut into, every recipient given at least one. */
    record Cut(Pence total, Set<OrganisationId> recipients, List<SchedulePart> parts) {
    }

    @Provide
    Arbitrary<Cut> cuts() {
        return Combinators.combine(Arbitraries.integers().between(1, ORGANISATIONS.size()),
                        Arbitraries.integers().between(0, 6), Arbitraries.longs().between(1, 1_000_000_000L).list()
                                .ofMinSize(10).ofMaxSize(10))
                .as((recipients, extra, amounts) -> cut(recipients, recipients + extra, amounts));
    }

    private static Cut cut(int recipientCount, int partCount, List<Long> amounts) {
        Set<OrganisationId> recipients = new LinkedHashSet<>(ORGANISATIONS.subList(0, recipientCount));
        List<OrganisationId> order = new ArrayList<>(recipients);
        List<SchedulePart> parts = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < partCount; i++) {
            long amount = amounts.get(i);
            total += amount;
            LocalDate from = LocalDate.of(2023, 4, 1).plusYears(i);
            parts.add(new SchedulePart("part-" + i, "Year " + (i + 1), order.get(i % order.size()), from,
                    from.plusYears(1).minusDays(1), new Pence(amount)));
        }
        return new Cut(new Pence(total), recipients, parts);
    }

    @Property(tries = 300)
    void partsThatAddUpAreAccepted(@ForAll("cuts") Cut cut) {
        List<SchedulePart> checked = Schedule.check(cut.parts(), cut.total(), cut.recipients());
        assertThat(checked.stream().map(SchedulePart::amount).reduce(Pence.ZERO, Pence::plus)).isEqualTo(cut.total());
    }

    @Property(tries = 300)
    void aPartOffByAnyAmountIsRefused(@ForAll("cuts") Cut cut, @ForAll @IntRange(min = 1, max = 1000) int pence,
                                      @ForAll boolean tooMuch) {
        List<SchedulePart> parts = new ArrayList<>(cut.parts());
        SchedulePart first = parts.getFirst();
        long changed = tooMuch ? first.amount().value() + pence : first.amount().value() - pence;
        if (changed < 1) {
            changed = first.amount().value() + pence;
            tooMuch = true;
        }
        parts.set(0, new SchedulePart(first.key(), first.label(), first.recipient(), first.from(), first.to(),
                new Pence(changed)));
        assertThatThrownBy(() -> Schedule.check(parts, cut.total(), cut.recipients()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(new Pence(pence).formatted() + (tooMuch ? " too much" : " short"));
    }

    @Property(tries = 200)
    void everyRecipientReceivesSomething(@ForAll("cuts") Cut cut) {
        Set<OrganisationId> more = new LinkedHashSet<>(cut.recipients());
        OrganisationId forgotten = OrganisationId.random();
        more.add(forgotten);
        assertThatThrownBy(() -> Schedule.check(cut.parts(), cut.total(), more))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("has no part for recipient " + forgotten);
    }
}
