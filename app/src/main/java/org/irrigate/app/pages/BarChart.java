package org.irrigate.app.pages;

import java.util.ArrayList;
import java.util.List;
import org.irrigate.core.api.Pence;

/**
 * Geometry for a small grouped bar chart drawn as SVG on the server: no chart library, nothing to download, and the
 * same numbers are in a table beside it for screen readers.
 */
public record BarChart(int width, int height, List<Group> groups, Pence max) {
    static final int WIDTH = 640;
    static final int HEIGHT = 240;
    static final int BASELINE = 200;
    static final int LEFT = 10;

    public record Bar(String css, String label, Pence amount, int x, int y, int w, int h) {
    }

    public record Group(String label, int labelX, List<Bar> bars) {
    }

    public record Series(String css, String label, List<Pence> values) {
    }

    static BarChart of(List<String> labels, List<Series> series) {
        Pence max = series.stream().flatMap(s -> s.values().stream()).max(Pence::compareTo).orElse(Pence.ZERO);
        int slot = labels.isEmpty() ? WIDTH : (WIDTH - LEFT) / labels.size();
        int barWidth = Math.max(4, (slot - 16) / Math.max(1, series.size()));
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            List<Bar> bars = new ArrayList<>();
            for (int j = 0; j < series.size(); j++) {
                Pence amount = series.get(j).values().get(i);
                int h = max.value() == 0 ? 0 : (int) Math.round((BASELINE - 10) * (double) amount.value() / max.value());
                int x = LEFT + i * slot + 8 + j * barWidth;
                bars.add(new Bar(series.get(j).css(), series.get(j).label(), amount, x, BASELINE - h, barWidth - 2, h));
            }
            groups.add(new Group(labels.get(i), LEFT + i * slot + slot / 2, bars));
        }
        return new BarChart(WIDTH, HEIGHT, groups, max);
    }
}
