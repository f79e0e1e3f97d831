package org.liberta.archfixture.internal.one;

import org.liberta.archfixture.internal.two.Keys;

/** Half of a deliberate cycle between two internal packages, for ArchitectureTest to prove it sees one. */
public final class Signer {
    public Keys keys() {
        return new Keys();
    }
}
