package org.irrigate.influence.conversation;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jakarta.persistence.EntityManager;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.HappenedOn;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OutcomeArea;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.influence.api.Channel;
import org.irrigate.influence.api.ConversationCommand.LogConversation;
import org.irrigate.influence.api.ConversationDetails;
import org.irrigate.influence.api.ConversationImport;
import org.irrigate.influence.api.ConversationImport.RowError;
import org.irrigate.influence.api.NewFollowUp;
import org.irrigate.influence.api.Party;
import org.irrigate.influence.api.Visibility;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the conversations partners keep in spreadsheets. Every row is checked against the same rules as a
 * conversation logged by hand, and every row and field error is reported; nothing is written when any row is wrong.
 * Each row's conversation id is derived from the importing partner and the row's content, so importing the same
 * file again logs nothing twice.
 */
@Service
public class ConversationCsvImport {
    /** The columns a file may have, in any order; several values in one cell are separated by semicolons. */
    public static final List<String> COLUMNS = List.of("happenedOn", "channel", "topic", "summary", "organisations",
            "people", "place", "asks", "outcomeAreas", "visibility", "followUp", "followUpOwner", "followUpDue");
    static final Set<String> REQUIRED = Set.of("happenedOn", "channel", "topic");
    /** How the aggregate's fields read as spreadsheet columns. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("participants", "organisations",
            "followUps[0].action", "followUp", "followUps[0].owner", "followUpOwner",
            "followUps[0].dueOn", "followUpDue", "details", "topic");

    private final CommandGateway commands;
    private final EventStore events;
    private final QueryGateway queries;
    private final EntityManager entityManager;

    ConversationCsvImport(CommandGateway commands, EventStore events, QueryGateway queries,
                          EntityManager entityManager) {
        this.commands = commands;
        this.events = events;
        this.queries = queries;
        this.entityManager = entityManager;
    }

    /**
     * One transaction for the whole file: the rows' events are stored together or not at all, with one commit
     * rather than one per row (the bulk-import benchmark, docs/decisions/0013-benchmarks.md).
     */
    @Transactional
    public ConversationImport importCsv(String csv, OrganisationId importer, boolean dryRun) {
        List<List<String>> records;
        try {
            records = Csv.parse(csv == null ? "" : csv);
        } catch (InvalidInputException e) {
            return failed(dryRun, 0, List.of(new RowError(0, e.field(), e.reason())));
        }
        List<RowError> errors = new ArrayList<>();
        Map<String, Integer> header = header(records, errors);
        if (!errors.isEmpty()) {
            return failed(dryRun, Math.max(records.size() - 1, 0), errors);
        }
        ImportDirectory directory = ImportDirectory.load(queries);
        Map<ConversationId, Integer> seen = new HashMap<>();
        List<LogConversation> toLog = new ArrayList<>();
        int rows = 0;
        int alreadyImported = 0;
        for (int i = 1; i < records.size(); i++) {
            if (records.get(i).stream().allMatch(String::isBlank)) {
                continue;
            }
            rows++;
            Cells row = new Cells(i + 1, header, records.get(i), errors);
            LogConversation command = command(row, importer, directory);
            if (command == null) {
                continue;
            }
            Integer same = seen.putIfAbsent(command.conversationId(), row.number);
            if (same != null) {
                errors.add(new RowError(row.number, "row", "is the same as row " + same));
            } else if (events.lastSequenceNumberFor(command.conversationId().toString()).isPresent()) {
                alreadyImported++;
            } else {
                toLog.add(command);
            }
        }
        boolean apply = errors.isEmpty() && !dryRun;
        if (apply) {
            for (LogConversation command : toLog) {
                commands.sendAndWait(command);
                // The row's events are written; let go of them. Every command reads history through JPA, which
                // first checks everything the transaction holds: kept, a file would cost the square of its rows.
                entityManager.flush();
                entityManager.clear();
            }
        }
        return new ConversationImport(dryRun, apply, rows, toLog.size(), apply ? toLog.size() : 0, alreadyImported,
                List.copyOf(errors));
    }

    private static ConversationImport failed(boolean dryRun, int rows, List<RowError> errors) {
        return new ConversationImport(dryRun, false, rows, 0, 0, 0, errors);
    }

    private static Map<String, Integer> header(List<List<String>> records, List<RowError> errors) {
        if (records.isEmpty()) {
            errors.add(new RowError(1, "header", "is missing: the first row must name the columns, e.g. "
                    + String.join(",", COLUMNS)));
            return Map.of();
        }
        Map<String, Integer> header = new HashMap<>();
        List<String> names = records.getFirst();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            String column = COLUMNS.stream().filter(c -> c.equalsIgnoreCase(name)).findFirst().orElse(null);
            if (column == null) {
                errors.add(new RowError(1, name, "is not a known column; known columns: " + String.join(", ", COLUMNS)));
            } else if (header.putIfAbsent(column, i) != null) {
                errors.add(new RowError(1, name, "appears more than once"));
            }
        }
        REQUIRED.stream().filter(c -> !header.containsKey(c)).sorted()
                .forEach(c -> errors.add(new RowError(1, c, "column is missing")));
        return header;
    }

    /** The conversation a row logs, or null when the row has errors (all of them recorded). */
    private static LogConversation command(Cells row, OrganisationId importer, ImportDirectory directory) {
        LocalDate happenedOn = row.required("happenedOn", text -> HappenedOn.orToday(date(text)));
        Channel channel = row.required("channel", text -> named(Channel.class, text));
        String topic = row.text("topic");
        List<Party> participants = Stream.concat(row.list("organisations", directory::organisation).stream(),
                row.list("people", directory::person).stream()).toList();
        PlaceCode place = row.optional("place", directory::place);
        List<String> asks = row.list("asks", String::strip);
        Set<OutcomeArea> areas = Set.copyOf(row.list("outcomeAreas", text -> named(OutcomeArea.class, text)));
        Visibility visibility = row.optional("visibility", text -> named(Visibility.class, text));
        String action = row.text("followUp");
        Party owner = row.optional("followUpOwner", directory::party);
        LocalDate due = row.optional("followUpDue", ConversationCsvImport::date);
        if (row.failed) {
            return null;
        }
        List<NewFollowUp> followUps = action == null && owner == null && due == null ? List.of()
                : List.of(new NewFollowUp(action, owner, due));
        LogConversation command = new LogConversation(row.conversationId(importer), importer, happenedOn,
                new ConversationDetails(participants, place, channel, topic, row.text("summary"), asks, areas),
                followUps, visibility == null ? Visibility.PRIVATE : visibility);
        try {
            ConversationRules.logged(command);
            return command;
        } catch (InvalidInputException e) {
            row.error(COLUMN_OF_FIELD.getOrDefault(e.field(), e.field()), e.reason());
            return null;
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("date", "must be a date like 2023-03-15");
        }
    }

    /** An enum constant by its name as people write it: "chance encounter", "Local economy", "shared". */
    private static <E extends Enum<E>> E named(Class<E> type, String text) {
        String name = text.strip().toUpperCase(Locale.ROOT).replace("&", "AND").replaceAll("[^A-Z0-9]+", "_");
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidInputException(type.getSimpleName(), "must be one of "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
    }

    /** One row's cells by column, collecting an error per bad cell rather than stopping at the first. */
    private static final class Cells {
        final int number;
        final Map<String, Integer> header;
        final List<String> cells;
        final List<RowError> errors;
        boolean failed;

        Cells(int number, Map<String, Integer> header, List<String> cells, List<RowError> errors) {
            this.number = number;
            this.header = header;
            this.cells = cells;
            this.errors = errors;
        }

        /** The stripped cell, or null when the column is absent or the cell blank. */
        String text(String column) {
            Integer index = header.get(column);
            String cell = index == null || index >= cells.size() ? null : cells.get(index);
            return cell == null || cell.isBlank() ? null : cell.strip();
        }

        <T> T optional(String column, Function<String, T> parse) {
            String text = text(column);
            try {
                return text == null ? null : parse.apply(text);
            } catch (InvalidInputException e) {
                error(column, e.reason());
                return null;
            }
        }

        <T> T required(String column, Function<String, T> parse) {
            if (text(column) == null) {
                error(column, "must not be blank");
                return null;
            }
            return optional(column, parse);
        }

        <T> List<T> list(String column, Function<String, T> parse) {
            String text = text(column);
            if (text == null) {
                return List.of();
            }
            List<T> values = new ArrayList<>();
            for (String part : text.split(";")) {
                if (!part.isBlank()) {
                    T value = optional(column, ignored -> parse.apply(part.strip()));
                    if (value != null) {
                        values.add(value);
                    }
                }
            }
            return values;
        }

        void error(String column, String reason) {
            errors.add(new RowError(number, column, reason));
            failed = true;
        }

        /** The same partner importing the same row content gets the same id, whatever the column order. */
        ConversationId conversationId(OrganisationId importer) {
            String content = COLUMNS.stream().map(c -> text(c) == null ? "" : text(c))
                    .collect(Collectors.joining("\u001f"));
            return new ConversationId(UUID.nameUUIDFromBytes(("influence-import:" + importer + "\u001e" + content)
                    .getBytes(StandardCharsets.UTF_8)));
        }
    }
}
