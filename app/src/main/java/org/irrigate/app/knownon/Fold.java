package org.irrigate.app.knownon;

import java.util.List;
import java.util.Set;
import org.irrigate.core.api.NetworkEvent;

/**
 * How one kind of record's view is made from its events, the way its module's read model makes it. {@link #fold}
 * answers null when the events hold no beginning (the record did not exist yet, or the viewer may not see it).
 *
 * @param <V> the view the module's query answers, so a page shows a record as known then exactly as it shows it now
 */
public interface Fold<V> {
    /** The events that begin a record of this kind: how a list finds the records that existed. */
    Set<Class<? extends NetworkEvent>> beginnings();

    V fold(List<Known> events);
}
