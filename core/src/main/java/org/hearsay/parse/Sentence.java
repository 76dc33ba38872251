package org.hearsay.parse;

/** A sentence: tokens {@code [firstToken, endToken)}, chars {@code [begin, end)}. */
public record Sentence(int index, int firstToken, int endToken, int begin, int end) {

    public Sentence {
        if (endToken < firstToken) {
            throw new IllegalArgumentException("sentence " + index + " ends at token " + endToken + " before it starts at " + firstToken);
        }
    }
}
