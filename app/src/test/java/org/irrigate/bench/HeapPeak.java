package org.irrigate.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The most heap in use at one moment while it is open. Heap use climbs until a collection and drops after it, so the
 * peaks are the heap just before each collection (the collectors report it) and, at the ends, the heap as it is. The
 * pools' own peak figures happen at different moments: their sum is an upper bound that can exceed the heap limit.
 */
final class HeapPeak implements AutoCloseable {
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final List<NotificationEmitter> collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(GarbageCollectorMXBean.class::cast).filter(NotificationEmitter.class::isInstance)
            .map(NotificationEmitter.class::cast).toList();
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final NotificationListener listener = this::collected;

    HeapPeak() {
        collectors.forEach(c -> c.addNotificationListener(listener, null, null));
        sampleNow();
    }

    private void collected(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                .from((CompositeData) notification.getUserData());
        peak.accumulateAndGet(used(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
        collections.incrementAndGet();
    }

    private long used(Map<String, MemoryUsage> pools) {
        return pools.entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed()).sum();
    }

    private void sampleNow() {
        peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
    }

    /** Collections reported so far (they arrive on the JVM's own thread, shortly after each one). */
    long collections() {
        return collections.get();
    }

    long mib() {
        sampleNow();
        return peak.get() / (1024 * 1024);
    }

    @Override
    public void close() {
        sampleNow();
        for (NotificationEmitter collector : collectors) {
            try {
                collector.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // never added: nothing to remove
            }
        }
    }
}
