/**
 * The shared kernel every module builds on: programmes and the caller's scope, users and their roles,
 * authentication, the append-only audit trail, the identity vault, the indicator SPI that reporting reads,
 * the UI shell and the REST conventions. Other modules may use only {@code org.liberta.platform.api}.
 */
@AppModule(name = "platform", allowedDependencies = {})
package org.liberta.platform;

import org.liberta.platform.api.AppModule;
