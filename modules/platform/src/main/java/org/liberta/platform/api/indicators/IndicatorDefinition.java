package org.liberta.platform.api.indicators;

/** A countable indicator: its stable code (e.g. {@code SURVIVORS_CARED_FOR}) and English label. */
public record IndicatorDefinition(String code, String label, int displayOrder) {
}
