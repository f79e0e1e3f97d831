package org.liberta.witness.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.liberta.platform.api.domain.VersionedEntity;

/**
 * How a witness may safely be contacted. A witness whose family or employer must not learn of the case may ask
 * for no messages at all (a person calls instead), for contact only in certain hours, or to be called only by
 * someone they know; reminders and the work queue follow the rule.
 */
@Entity(name = "ContactRule")
@Table(name = "wit_contact_rule")
public class ContactRule extends VersionedEntity {

    /** The channel the witness prefers; CALL means no messages, only a call from staff. */
    public enum Channel { SMS, EMAIL, CALL }

    @Column(name = "witness_id", nullable = false, unique = true)
    private long witnessId;

    @Column(name = "programme_id", nullable = false)
    private long programmeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_channel", length = 10)
    private Channel preferredChannel;

    /** Court-local hours in which contact is safe, from (inclusive) to (exclusive); both or neither. */
    @Column(name = "safe_from_hour")
    private Integer safeFromHour;

    @Column(name = "safe_to_hour")
    private Integer safeToHour;

    @Column(name = "who_may_call", length = 300)
    private String whoMayCall;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    protected ContactRule() {
    }

    public ContactRule(long witnessId, long programmeId) {
        this.witnessId = witnessId;
        this.programmeId = programmeId;
    }

    public void change(Channel channel, Integer safeFrom, Integer safeTo, String mayCall, String by) {
        this.preferredChannel = channel;
        this.safeFromHour = safeFrom;
        this.safeToHour = safeTo;
        this.whoMayCall = mayCall;
        this.updatedBy = by;
    }

    public boolean hasSafeHours() {
        return safeFromHour != null && safeToHour != null;
    }

    public long getWitnessId() {
        return witnessId;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public Channel getPreferredChannel() {
        return preferredChannel;
    }

    public Integer getSafeFromHour() {
        return safeFromHour;
    }

    public Integer getSafeToHour() {
        return safeToHour;
    }

    public String getWhoMayCall() {
        return whoMayCall;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
