package org.irrigate.evidence.web;

import java.net.URI;
import java.util.Map;
import org.springframework.http.ResponseEntity;

/** The answers every evidence controller gives: 201 with Location and the new id, or 204. */
final class Created {
    private Created() {
    }

    static ResponseEntity<Map<String, String>> at(String path, String idField, Object id) {
        return ResponseEntity.created(URI.create(path + "/" + id)).body(Map.of(idField, id.toString()));
    }

    static ResponseEntity<Void> done() {
        return ResponseEntity.noContent().build();
    }
}
