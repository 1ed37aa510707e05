package org.irrigate.app.replay;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Gathers what a projection handled in one unit of work (a processor's batch, up to its batch size) and hands it to
 * {@code write} just before the batch's transaction commits: a few JDBC batches instead of statements per event,
 * which is what makes replaying a long history quick. Keyed, so an event handed over twice in a batch counts once.
 */
public final class PerBatch {
    private PerBatch() {
    }

    public static <V> void add(String resource, String key, V value, Consumer<List<V>> write) {
        if (!CurrentUnitOfWork.isStarted()) {
            write.accept(List.of(value));
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        Map<String, V> gathered = batch.getOrComputeResource(resource, name -> {
            Map<String, V> values = new LinkedHashMap<>();
            batch.onPrepareCommit(u -> write.accept(List.copyOf(values.values())));
            return values;
        });
        gathered.putIfAbsent(key, value);
    }
}
