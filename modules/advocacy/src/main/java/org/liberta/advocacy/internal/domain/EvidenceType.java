package org.liberta.advocacy.internal.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file accepted as evidence, each known by its name's ending and by its first bytes: a file is taken
 * only when both agree, so an executable renamed ".pdf" is refused. Office files are zip archives; text must be
 * UTF-8 with no control characters.
 */
public enum EvidenceType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    TEXT("text/plain", "txt");

    private final String mediaType;
    private final String[] endings;

    EvidenceType(String mediaType, String... endings) {
        this.mediaType = mediaType;
        this.endings = endings;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The type a file's name claims, when it is one accepted. */
    public static Optional<EvidenceType> byFileName(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ending = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> Arrays.asList(t.endings).contains(ending)).findFirst();
    }

    /** Whether the content starts the way files of this type do. */
    public boolean matches(byte[] content) {
        return switch (this) {
            case PDF -> startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII));
            case PNG -> startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            case JPEG -> startsWith(content, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});
            case DOCX, XLSX -> startsWith(content, new byte[] {'P', 'K', 3, 4});
            case TEXT -> isPlainText(content);
        };
    }

    /** Word and Excel files are zips, and are checked as zips from outside are. */
    public boolean isZip() {
        return this == DOCX || this == XLSX;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    private static boolean isPlainText(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.contains("\uFFFD")) {
            return false; // not UTF-8
        }
        return text.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t');
    }
}
