package org.irrigate.core.web;

import static org.irrigate.core.api.HappenedOn.orToday;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.core.api.NetworkQuery.FindPlaces;
import org.irrigate.core.api.NetworkView.PlaceView;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.core.api.PlaceImport;
import org.irrigate.core.api.PlaceLevel;
import org.irrigate.core.api.QueryAnswers;
import org.irrigate.core.api.RegisterPlace;
import org.irrigate.core.api.PlaceImporter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Places", description = "ONS geography: county, district, ward, LSOA")
@RestController
@RequestMapping("/api/places")
class PlaceController {
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Directory directory;
    private final PlaceImporter csvImport;

    PlaceController(CommandGateway commands, QueryGateway queries, Directory directory, PlaceImporter csvImport) {
        this.commands = commands;
        this.queries = queries;
        this.directory = directory;
        this.csvImport = csvImport;
    }

    record RegisterRequest(PlaceCode code, String name, PlaceCode parent, LocalDate happenedOn) {
    }

    @PostMapping
    ResponseEntity<PlaceView> register(@RequestBody RegisterRequest request) {
        directory.requirePlace(request.parent());
        RegisterPlace command = new RegisterPlace(request.code(), request.name(), request.parent(),
                orToday(request.happenedOn()));
        commands.sendAndWait(command);
        return ResponseEntity.created(URI.create("/api/places/" + request.code()))
                .body(new PlaceView(request.code(), command.name(), request.code().level(), request.parent()));
    }

    @GetMapping
    List<PlaceView> list(@RequestParam(required = false) PlaceLevel level,
                         @RequestParam(required = false) PlaceCode within) {
        return QueryAnswers.list(queries, new FindPlaces(level, within), PlaceView.class);
    }

    @GetMapping("/{code}")
    PlaceView get(@PathVariable String code) {
        return directory.place(new PlaceCode(code));
    }

    /** CSV of code,name,parent[,happenedOn]; 422 with a row-by-row report when any row is wrong. */
    @PostMapping(path = "/import", consumes = {"text/csv", "text/plain"})
    ResponseEntity<PlaceImport> importCsv(@RequestBody String csv,
                                          @RequestParam(defaultValue = "false") boolean dryRun) {
        PlaceImport result = csvImport.importCsv(csv, dryRun);
        return ResponseEntity.status(result.errors().isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(result);
    }
}
