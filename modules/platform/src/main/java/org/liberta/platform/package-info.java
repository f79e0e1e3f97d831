/**
 * The shared kernel every module builds on: programmes and the caller's scope, users and their roles,
 * authentication, the append-only audit trail, the identity vault, the indicator SPI that reporting reads,
 * the UI shell and the REST conventions. Other modules may use only {@code org.liberta.platform.api}.
 */
@AppModule(name = "platform",
        summary = "shared kernel: programmes and scope, users, authentication (form, bearer tokens, TOTP), audit chain, identity vault, indicator SPI, UI shell, REST conventions",
        allowedDependencies = {})
package org.liberta.platform;

import org.liberta.platform.api.AppModule;
