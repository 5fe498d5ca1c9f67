package org.concord.model;

import java.math.BigDecimal;
import org.concord.diagnostic.Span;

/**
 * A data series the scenario supplies, at its slot. {@code byParty}: one series per party;
 * {@code constant}: one value for the whole term. {@code low}/{@code high} are the declared range
 * (null when open); {@code defaultValue} is used where the scenario gives none (null: a missing
 * value is an error). {@code collectedBy} is the account slot of the party that collects it when
 * it is a tax base, else {@link Rounding#NO_ACCOUNT}.
 */
public record Input(
    int slot,
    String id,
    String title,
    ValueType type,
    boolean byParty,
    boolean constant,
    BigDecimal low,
    BigDecimal high,
    Formula defaultValue,
    int collectedBy,
    Span span) {}
