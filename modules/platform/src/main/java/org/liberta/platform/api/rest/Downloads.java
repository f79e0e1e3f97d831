package org.liberta.platform.api.rest;

import jakarta.ws.rs.core.Response;

/** Files the API hands out: saved under a name, never kept by a cache on the way (they may hold casework). */
public final class Downloads {

    private Downloads() {
    }

    public static Response attachment(Object body, String type, String filename) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
