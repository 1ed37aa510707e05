package org.irrigate.app.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.Viewer;
import org.junit.jupiter.api.Test;

/** When a kept picture of the network may answer, and when it must be built again. */
class LivePicturesTest {
    private static final Viewer COORDINATOR = new Viewer("coordinator", null, true);
    private static final Viewer PARTNER = new Viewer("partner", OrganisationId.random(), false);

    private final AtomicBoolean wholeStream = new AtomicBoolean(true);
    private final MovingClock clock = new MovingClock();
    private final LivePictures pictures = new LivePictures(wholeStream::get, clock);
    private final AtomicInteger builds = new AtomicInteger();
    private final Supplier<Picture> build = () -> {
        builds.incrementAndGet();
        return Picture.of(each -> { }, null);
    };

    @Test
    void keepsThePictureWhileTheLedgerIsUnchanged() {
        Picture first = pictures.now(COORDINATOR, null, build);
        assertThat(pictures.now(COORDINATOR, null, build)).isSameAs(first);
        assertThat(builds).hasValue(1);
    }

    @Test
    void buildsAgainOnceAChangeIsCommitted() {
        Picture first = pictures.now(COORDINATOR, null, build);
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        pictures.changed();
        // Not committed yet: readers cannot see the change, so the kept picture is still the truth.
        assertThat(pictures.now(COORDINATOR, null, build)).isSameAs(first);
        batch.commit();
        assertThat(pictures.now(COORDINATOR, null, build)).isNotSameAs(first);
        assertThat(builds).hasValue(2);
    }

    @Test
    void aRolledBackChangeChangesNothing() {
        Picture first = pictures.now(COORDINATOR, null, build);
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        pictures.changed();
        batch.rollback();
        assertThat(pictures.now(COORDINATOR, null, build)).isSameAs(first);
    }

    @Test
    void keepsOnePicturePerAudienceAndDay() {
        Picture all = pictures.now(COORDINATOR, null, build);
        Picture partner = pictures.now(PARTNER, null, build);
        Picture onADay = pictures.now(COORDINATOR, LocalDate.of(2024, 3, 31), build);
        assertThat(partner).isNotSameAs(all);
        assertThat(onADay).isNotSameAs(all);
        assertThat(pictures.now(PARTNER, null, build)).isSameAs(partner);
        assertThat(builds).hasValue(3);
    }

    @Test
    void buildsEveryTimeWhileAnotherInstanceHoldsPartOfTheLedger() {
        pictures.now(COORDINATOR, null, build);
        wholeStream.set(false);
        pictures.now(COORDINATOR, null, build);
        pictures.now(COORDINATOR, null, build);
        assertThat(builds).hasValue(3);
        // Back to the whole stream: nothing kept from before may answer, another instance may have written meanwhile.
        wholeStream.set(true);
        pictures.now(COORDINATOR, null, build);
        assertThat(builds).hasValue(4);
    }

    @Test
    void aKeptPictureExpires() {
        Picture first = pictures.now(COORDINATOR, null, build);
        clock.pass(Duration.ofSeconds(31));
        assertThat(pictures.now(COORDINATOR, null, build)).isNotSameAs(first);
    }

    /** The window starts when the picture is done: a fold slower than the window is still reused within it. */
    @Test
    void aSlowFoldIsKeptForAWholeWindowAfterItIsDone() {
        Supplier<Picture> slow = () -> {
            clock.pass(Duration.ofSeconds(40));
            return build.get();
        };
        Picture first = pictures.now(COORDINATOR, null, slow);
        clock.pass(Duration.ofSeconds(29));
        assertThat(pictures.now(COORDINATOR, null, slow)).isSameAs(first);
        clock.pass(Duration.ofSeconds(2));
        assertThat(pictures.now(COORDINATOR, null, slow)).isNotSameAs(first);
        assertThat(builds).hasValue(2);
    }

    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-12-02T10:00:00Z");

        void pass(Duration time) {
            now = now.plus(time);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
