package org.irrigate.app.backup;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@Tag(name = "Backup", description = "Admin only: export the whole event store to a portable, versioned file")
@RestController
class BackupController {
    private final EventStoreBackup backup;

    BackupController(EventStoreBackup backup) {
        this.backup = backup;
    }

    @GetMapping("/api/admin/backup")
    ResponseEntity<StreamingResponseBody> export() {
        StreamingResponseBody body = out -> backup.export(
                new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"irrigate-backup-" + LocalDate.now() + ".jsonl\"")
                .contentType(MediaType.parseMediaType("application/jsonl"))
                .body(body);
    }
}
