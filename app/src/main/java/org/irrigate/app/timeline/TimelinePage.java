package org.irrigate.app.timeline;

import java.util.List;

public record TimelinePage(List<TimelineEntry> items, int page, int size, long totalItems) {
}
