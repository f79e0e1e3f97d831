package org.liberta.platform.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.liberta.platform.api.domain.VersionedEntity;

/**
 * One encrypted identity field. The cipher text is AES-256-GCM with a random IV, authenticated together
 * with {@link #associatedData()} so a value copied onto another row or field no longer decrypts.
 */
@Entity(name = "VaultValue")
@Table(name = "plt_vault_value")
public class VaultValue extends VersionedEntity {

    @Column(name = "subject_type", nullable = false, length = 40)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "field_name", nullable = false, length = 40)
    private String field;

    @Column(name = "key_id", nullable = false, length = 40)
    private String keyId;

    @Column(name = "iv", nullable = false, length = 12)
    private byte[] iv;

    @Column(name = "cipher_text", nullable = false, length = 4096)
    private byte[] cipherText;

    @Column(name = "blind_index", length = 64)
    private String blindIndex;

    protected VaultValue() {
    }

    public VaultValue(String subjectType, long subjectId, String field) {
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.field = field;
    }

    public String associatedData() {
        return "plt_vault_value|" + subjectType + "|" + subjectId + "|" + field;
    }

    public String getBlindIndex() {
        return blindIndex;
    }

    public void store(String keyId, byte[] iv, byte[] cipherText, String blindIndex) {
        this.keyId = keyId;
        this.iv = iv.clone();
        this.cipherText = cipherText.clone();
        this.blindIndex = blindIndex;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public String getField() {
        return field;
    }

    public String getKeyId() {
        return keyId;
    }

    public byte[] getIv() {
        return iv.clone();
    }

    public byte[] getCipherText() {
        return cipherText.clone();
    }
}
