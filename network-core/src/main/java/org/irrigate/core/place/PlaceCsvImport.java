package org.irrigate.core.place;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.core.api.PlaceImport;
import org.irrigate.core.api.PlaceImporter;
import org.irrigate.core.api.PlaceImport.RowError;
import org.irrigate.core.api.PlaceLevel;
import org.irrigate.core.api.RegisterPlace;
import org.springframework.stereotype.Service;

/**
 * Imports wards and LSOAs from a CSV of {@code code,name,parent}: every row is checked first, nothing is written
 * when any row is wrong, and codes already held are skipped so re-importing a file adds nothing.
 */
@Service
class PlaceCsvImport implements PlaceImporter {
    private final CommandGateway commands;
    private final EventStore events;

    PlaceCsvImport(CommandGateway commands, EventStore events) {
        this.commands = commands;
        this.events = events;
    }

    @Override
    public PlaceImport importCsv(String csv, boolean dryRun) {
        List<String> lines = csv.lines().toList();
        List<RowError> errors = new ArrayList<>();
        List<RegisterPlace> toRegister = new ArrayList<>();
        Map<PlaceCode, PlaceLevel> inFile = new HashMap<>();
        int alreadyKnown = 0;
        int rows = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int rowNumber = i + 1;
            if (line.isBlank() || (i == 0 && line.toLowerCase().startsWith("code"))) {
                continue;
            }
            rows++;
            try {
                RegisterPlace command = parse(line);
                if (inFile.putIfAbsent(command.code(), command.code().level()) != null) {
                    errors.add(new RowError(rowNumber, "code", "appears more than once in the file"));
                } else if (known(command.code())) {
                    alreadyKnown++;
                } else if (command.parent() != null && !inFile.containsKey(command.parent()) && !known(command.parent())) {
                    errors.add(new RowError(rowNumber, "parent", "place " + command.parent() + " is not known"));
                } else {
                    toRegister.add(command);
                }
            } catch (InvalidInputException e) {
                errors.add(new RowError(rowNumber, e.field(), e.reason()));
            }
        }
        boolean apply = errors.isEmpty() && !dryRun;
        if (apply) {
            // Parents first, so the hierarchy is complete at every point of the timeline.
            toRegister.stream()
                    .sorted(java.util.Comparator.comparing(c -> c.code().level()))
                    .forEach(commands::sendAndWait);
        }
        return new PlaceImport(dryRun, apply, rows, apply ? toRegister.size() : 0, alreadyKnown, errors);
    }

    private boolean known(PlaceCode code) {
        return events.lastSequenceNumberFor(code.value()).isPresent();
    }

    private static RegisterPlace parse(String line) {
        String[] cells = line.split(",", -1);
        InvalidInputException.require(cells.length >= 3 && cells.length <= 4, "row",
                "must have the columns code,name,parent[,happenedOn]");
        PlaceCode code = new PlaceCode(cells[0].strip());
        PlaceCode parent = cells[2].isBlank() ? null : parseParent(cells[2].strip());
        LocalDate happenedOn = cells.length == 4 && !cells[3].isBlank() ? parseDate(cells[3].strip()) : LocalDate.now();
        String name = InvalidInputException.requireText(cells[1], "name", 200);
        PlaceLevel parentLevel = code.level().parent();
        InvalidInputException.require(parentLevel == null ? parent == null : parent != null && parent.level() == parentLevel,
                "parent", parentLevel == null ? "a county has no parent" : "must be a " + parentLevel + " code");
        return new RegisterPlace(code, name, parent, happenedOn);
    }

    private static PlaceCode parseParent(String text) {
        try {
            return new PlaceCode(text);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("parent", e.reason());
        }
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("happenedOn", "must be a date like 2023-03-15");
        }
    }
}
