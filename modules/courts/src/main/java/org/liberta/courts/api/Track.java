package org.liberta.courts.api;

/**
 * The procedure a prosecution follows: the UK's (police referral, CPS charging decision, trial) or the South
 * Asian one of Bangladesh and India (FIR, charge sheet, charge framing, witness examination, judgment).
 */
public enum Track {
    UK, SOUTH_ASIA;

    /** The track of a programme's country: GB prosecutes the UK way, everyone else the South Asian way. */
    public static Track ofCountry(String countryCode) {
        return "GB".equalsIgnoreCase(countryCode) ? UK : SOUTH_ASIA;
    }
}
