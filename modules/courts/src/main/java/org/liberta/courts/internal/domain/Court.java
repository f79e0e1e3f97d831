package org.liberta.courts.internal.domain;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.liberta.platform.api.domain.VersionedEntity;

/** A court or tribunal, found by name case-insensitively and created on first use. */
@Entity(name = "Court")
@Table(name = "crt_court")
public class Court extends VersionedEntity {

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "name_key", nullable = false, unique = true, length = 200)
    private String nameKey;

    @Column(name = "district", length = 120)
    private String district;

    protected Court() {
    }

    public Court(String name, String district) {
        this.name = name.strip();
        this.nameKey = key(name);
        this.district = district;
    }

    /** The lookup key of a court's name: trimmed, single-spaced, lower case. */
    public static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public String getName() {
        return name;
    }

    public String getDistrict() {
        return district;
    }
}
