/**
 * Training of frontline professionals: courses, sessions, one record per professional, attendance, pre/post
 * assessments and certificates. Sees no survivor data at all.
 */
@AppModule(name = "training", allowedDependencies = {})
package org.liberta.training;

import org.liberta.platform.api.AppModule;
