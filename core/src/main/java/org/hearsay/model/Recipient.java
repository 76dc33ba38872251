package org.hearsay.model;

import java.util.Objects;

/** To whom something was said: "told <b>the Financial Times</b>". */
public record Recipient(String entity, String name, Span span) {

    public Recipient {
        Objects.requireNonNull(entity, "recipient entity");
        Objects.requireNonNull(name, "recipient name");
        Objects.requireNonNull(span, "recipient span");
    }
}
