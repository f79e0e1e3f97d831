package org.liberta.platform.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

import org.liberta.platform.internal.application.LibertaConfig;

/**
 * Rejects request bodies over the limit before anything reads them: by the declared length when there is one,
 * and by counting bytes as they arrive when the body is chunked.
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {

    private static final long DRAIN_LIMIT = 16L * 1024 * 1024;

    @Inject
    private LibertaConfig config;

    private static void drain(InputStream body) {
        try {
            body.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException ignored) {
            // The client stopped sending; the answer is the same.
        }
    }

    /**
     * Files (spreadsheets and CSV for imports, documents and images as evidence) may be larger than JSON bodies:
     * any body that is not JSON or a form is a file.
     */
    private static boolean isUpload(jakarta.ws.rs.core.MediaType type) {
        return type != null && !type.isCompatible(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE)
                && !type.getSubtype().endsWith("+json")
                && !type.isCompatible(jakarta.ws.rs.core.MediaType.APPLICATION_FORM_URLENCODED_TYPE);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        boolean file = isUpload(request.getMediaType());
        long limit = file ? config.maxUploadBytes() : config.maxRequestBytes();
        if (request.getLength() > limit) {
            // Read a moderately oversized body to its end so the client, still sending, gets our answer instead
            // of a reset connection; anything far larger is not worth the bandwidth and is cut off.
            if (request.getLength() <= DRAIN_LIMIT) {
                drain(request.getEntityStream());
            }
            throw new BodyTooLargeException(limit, file);
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream(), limit, file));
        }
    }

    private static final class Limited extends FilterInputStream {
        private final long limit;
        private final boolean file;
        private long count;

        Limited(InputStream in, long limit, boolean file) {
            super(in);
            this.limit = limit;
            this.file = file;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            count += n;
            if (count > limit) {
                throw new BodyTooLargeException(limit, file);
            }
        }
    }
}
