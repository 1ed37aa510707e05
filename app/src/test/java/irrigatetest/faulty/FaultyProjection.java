package irrigatetest.faulty;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.irrigate.core.api.OrganisationEvent.OrganisationRegistered;
import org.springframework.stereotype.Component;

/** Test-only projection that fails on organisations whose name starts "Faulty" while {@link #broken} is set. */
@Component
@ProcessingGroup("faulty")
public class FaultyProjection {
    public static volatile boolean broken = true;
    public static final List<String> seen = new CopyOnWriteArrayList<>();

    @EventHandler
    void on(OrganisationRegistered event) {
        if (broken && event.name().startsWith("Faulty")) {
            throw new IllegalStateException("cannot handle " + event.name());
        }
        seen.add(event.name());
    }
}
