package org.liberta.platform.api;

/**
 * How a programme relates to the charity; it decides the report column its figures fall into
 * (docs/domain.md, "Programmes and attribution").
 */
public enum Relationship {
    DIRECT, FUNDED_JOINT_OPERATION, JOINT_OPERATION;

    public boolean countsAsDirect() {
        return this == DIRECT;
    }

    public boolean countsInclFundedJointOps() {
        return this == DIRECT || this == FUNDED_JOINT_OPERATION;
    }
}
