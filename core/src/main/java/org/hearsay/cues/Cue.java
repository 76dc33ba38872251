package org.hearsay.cues;

import org.hearsay.parse.CharSpan;

/**
 * A word or phrase that may signal an attribution.
 *
 * @param kind   what kind of cue it is
 * @param head   the token that carries it (the verb, noun, adjective, or "according")
 * @param span   its text: the head with its particle ("pointed out") or the whole phrase ("according to")
 * @param lemma  the head's lemma
 */
public record Cue(CueClass kind, int head, CharSpan span, String lemma) {
}
