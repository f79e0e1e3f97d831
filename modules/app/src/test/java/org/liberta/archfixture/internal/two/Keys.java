package org.liberta.archfixture.internal.two;

import org.liberta.archfixture.internal.one.Signer;

/** The other half of the deliberate cycle (see {@link Signer}). */
public final class Keys {
    public Signer signer() {
        return new Signer();
    }
}
