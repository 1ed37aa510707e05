package org.irrigate.app.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChunksTest {
    @Test
    void rowsGoInOrderInChunksOneStatementCanBind() {
        List<Integer> rows = IntStream.range(0, 2 * Chunks.SIZE + 1).boxed().toList();
        List<List<Integer>> chunks = new ArrayList<>();
        Chunks.inChunks(rows, chunk -> chunks.add(List.copyOf(chunk)));
        assertThat(chunks).extracting(List::size).containsExactly(Chunks.SIZE, Chunks.SIZE, 1);
        assertThat(chunks.stream().flatMap(List::stream).toList()).isEqualTo(rows);
    }

    @Test
    void noRowsNoStatement() {
        List<List<Integer>> chunks = new ArrayList<>();
        Chunks.inChunks(List.<Integer>of(), chunks::add);
        assertThat(chunks).isEmpty();
    }

    @Test
    void marksAreOnePlaceholderPerValue() {
        assertThat(Chunks.marks(3)).isEqualTo("?,?,?");
        assertThat(Chunks.marks(1)).isEqualTo("?");
    }
}
