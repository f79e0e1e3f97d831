package org.liberta.courts.api;

/** Who a witness is (docs/api.md); also names the absent witness when a hearing is adjourned for one. */
public enum WitnessRole {
    VICTIM, POLICE, DOCTOR, MAGISTRATE, OTHER
}
