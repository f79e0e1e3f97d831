package org.liberta.platform.internal.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The identity vault's keys: AES-256 data keys by id (the first one encrypts, all of them decrypt) and one
 * HMAC key for blind indexes. Keys live outside the database and the repository: in the environment
 * ({@code LIBERTA_VAULT_KEYS="id:base64,…"} plus {@code LIBERTA_VAULT_INDEX_KEY}) or in a key file that is
 * generated with owner-only permissions on first start.
 * <p>
 * Key file format, one per line: {@code index:<base64>} and {@code key:<id>:<base64>}, newest data key first.
 */
public final class KeyRing {

    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, byte[]> dataKeys;
    private final byte[] indexKey;
    private final Path file;

    private KeyRing(Map<String, byte[]> dataKeys, byte[] indexKey, Path file) {
        if (dataKeys.isEmpty()) {
            throw new IllegalStateException("The identity vault has no data key");
        }
        for (byte[] key : dataKeys.values()) {
            if (key.length != KEY_BYTES) {
                throw new IllegalStateException("Vault data keys must be 256 bits");
            }
        }
        if (indexKey.length < KEY_BYTES) {
            throw new IllegalStateException("The blind-index key must be at least 256 bits");
        }
        this.dataKeys = dataKeys;
        this.indexKey = indexKey;
        this.file = file;
    }

    public static KeyRing fromEnvironment(String keys, String indexKey) {
        Map<String, byte[]> map = new LinkedHashMap<>();
        for (String entry : keys.split(",")) {
            String[] idAndKey = entry.trim().split(":", 2);
            if (idAndKey.length != 2) {
                throw new IllegalStateException("LIBERTA_VAULT_KEYS entries are id:base64");
            }
            map.put(idAndKey[0], Base64.getDecoder().decode(idAndKey[1]));
        }
        return new KeyRing(map, Base64.getDecoder().decode(indexKey.trim()), null);
    }

    /** Reads the key file, creating it with fresh keys (mode 600) when it does not exist yet. */
    public static KeyRing fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(file, "index:" + b64(random(KEY_BYTES)) + "\n" + keyLine(newKeyId()) + "\n",
                        StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            }
            Map<String, byte[]> map = new LinkedHashMap<>();
            byte[] index = null;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.trim().split(":");
                if (parts.length == 2 && parts[0].equals("index")) {
                    index = Base64.getDecoder().decode(parts[1]);
                } else if (parts.length == 3 && parts[0].equals("key")) {
                    map.put(parts[1], Base64.getDecoder().decode(parts[2]));
                }
            }
            if (index == null) {
                throw new IllegalStateException("The vault key file has no index key: " + file);
            }
            return new KeyRing(map, index, file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the vault key file " + file, e);
        }
    }

    /**
     * Adds a new data key at the front of the key file and returns the ring that uses it. With keys from the
     * environment the operator adds the new key there instead, and this ring is returned unchanged.
     */
    public KeyRing withNewActiveKey() {
        if (file == null) {
            return this;
        }
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
            int firstKey = 0;
            while (firstKey < lines.size() && !lines.get(firstKey).startsWith("key:")) {
                firstKey++;
            }
            lines.add(firstKey, keyLine(newKeyId()));
            Files.write(file, lines, StandardCharsets.UTF_8);
            return fromFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String activeKeyId() {
        return dataKeys.keySet().iterator().next();
    }

    public Sealed encrypt(String plainText, String associatedData) {
        byte[] iv = random(IV_BYTES);
        byte[] cipherText = crypt(Cipher.ENCRYPT_MODE, activeKeyId(), iv, associatedData,
                plainText.getBytes(StandardCharsets.UTF_8));
        return new Sealed(activeKeyId(), iv, cipherText);
    }

    public String decrypt(String keyId, byte[] iv, byte[] cipherText, String associatedData) {
        return new String(crypt(Cipher.DECRYPT_MODE, keyId, iv, associatedData, cipherText), StandardCharsets.UTF_8);
    }

    /** Deterministic keyed hash of a normalised value, so equal values can be found without decrypting. */
    public String blindIndex(String context, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(indexKey, "HmacSHA256"));
            mac.update(context.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] crypt(int mode, String keyId, byte[] iv, String associatedData, byte[] input) {
        byte[] key = dataKeys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("Vault key " + keyId + " is not configured");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // A wrong key or a tampered/misplaced value: never fall back to anything weaker.
            throw new IllegalStateException("Vault value failed authentication", e);
        }
    }

    private static String keyLine(String id) {
        return "key:" + id + ":" + b64(random(KEY_BYTES));
    }

    private static String newKeyId() {
        return "k" + HexFormat.of().formatHex(random(4));
    }

    private static byte[] random(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** An encrypted value with the id of the key that sealed it. */
    public record Sealed(String keyId, byte[] iv, byte[] cipherText) {
    }
}
