package org.liberta.platform.api.documents;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

import org.liberta.platform.api.InvalidInputException;

/**
 * The limits every zip-based Office file from outside (an imported workbook, a workbook or Word document offered as
 * evidence) must keep before anything opens it: how many entries, how much it inflates to, and how far beyond its
 * own size. A 5 MB workbook that inflates to 2 GiB is refused after reading a few megabytes of it, not after
 * filling the memory. The limits are the ones POI is given for imports, so a file is treated the same wherever it
 * arrives.
 */
public final class ZipBombGuard {

    /** A workbook has a dozen parts, a document with pictures a few hundred. */
    public static final int MAX_ENTRIES = 10_000;
    /** No part of a real upload inflates beyond this, nor all parts together. */
    public static final long MAX_INFLATED_BYTES = 100L * 1024 * 1024;
    /** Office XML compresses about 10:1; 100:1 or worse is a bomb. */
    public static final int MAX_INFLATE_RATIO = 100;
    /** Below this much inflated content the ratio is not judged: a tiny file of spaces is no threat. */
    private static final long RATIO_GRACE_BYTES = 1024 * 1024;

    private ZipBombGuard() {
    }

    /**
     * Inflates the whole archive into nothing, counting, and refuses it under {@code field} at the first limit it
     * passes; a file that is not a readable zip is refused too.
     */
    public static void check(byte[] zip, String field) {
        CountingStream compressed = new CountingStream(new ByteArrayInputStream(zip));
        byte[] buffer = new byte[64 * 1024];
        long inflated = 0;
        int entries = 0;
        // Commons Compress, as POI reads: the JDK's ZipInputStream refuses the data descriptors POI itself writes.
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(compressed, "UTF-8", true, true)) {
            for (ZipArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw InvalidInputException.of(field, "holds more than " + MAX_ENTRIES + " parts and was not opened");
                }
                if (entry.getMethod() != ZipEntry.STORED && entry.getMethod() != ZipEntry.DEFLATED) {
                    throw InvalidInputException.of(field, "is compressed in a way Office programs do not write"
                            + " and was not opened");
                }
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    inflated += n;
                    if (inflated > MAX_INFLATED_BYTES) {
                        throw InvalidInputException.of(field, "expands to more than "
                                + MAX_INFLATED_BYTES / (1024 * 1024) + " MB and was not opened");
                    }
                    if (inflated > RATIO_GRACE_BYTES && inflated > (long) MAX_INFLATE_RATIO * compressed.count) {
                        throw InvalidInputException.of(field, "expands far beyond its size (a zip bomb?) and was not opened");
                    }
                }
            }
        } catch (InvalidInputException limitPassed) {
            throw limitPassed;
        } catch (IOException | RuntimeException | LinkageError unreadable) {
            // Whatever the zip reader trips over in a broken file, the answer is the same: not a file we can read.
            // That includes a part compressed with zstd or xz: Commons Compress loads those decoders only when a
            // part asks for one, and this server ships none, so the NoClassDefFoundError is the file's doing.
            throw InvalidInputException.of(field, "is not a readable zip-based Office file");
        }
        if (entries == 0) {
            throw InvalidInputException.of(field, "is not a readable zip-based Office file");
        }
    }

    /** How many compressed bytes the inflater has taken so far. */
    private static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
