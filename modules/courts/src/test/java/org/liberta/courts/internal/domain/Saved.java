package org.liberta.courts.internal.domain;

import java.lang.reflect.Field;

import org.liberta.platform.api.domain.VersionedEntity;

/** A record as the database hands it back, with its id: what a repository gives the rules it tests. */
final class Saved {

    private Saved() {
    }

    static <T extends VersionedEntity> T withId(T entity, long id) {
        try {
            Field field = VersionedEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("VersionedEntity keeps its id in a field named id", e);
        }
    }
}
