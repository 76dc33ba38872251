package org.hearsay.speakers;

import org.hearsay.parse.CharSpan;

/**
 * A phrase that names or refers to a speaker or recipient.
 *
 * @param span the phrase as written
 * @param head the token heading it in the parse, or -1 when it came from layout, not grammar
 */
public record Mention(CharSpan span, int head) {
}
