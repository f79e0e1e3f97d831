/**
 * The advocacy module's public face: the only package other modules may import (service interfaces, id and
 * summary records, events). Everything else in the module is internal.
 */
package org.liberta.advocacy.api;
