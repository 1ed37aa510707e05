package org.irrigate.core.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.irrigate.core.api.NetworkView.PlaceView;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.core.api.PlaceLevel;

@Entity
@Table(name = "place_directory")
class PlaceEntry {
    @Id
    String code;
    @Column(nullable = false)
    String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    PlaceLevel level;
    String parentCode;

    PlaceView view() {
        return new PlaceView(new PlaceCode(code), name, level, parentCode == null ? null : new PlaceCode(parentCode));
    }
}
