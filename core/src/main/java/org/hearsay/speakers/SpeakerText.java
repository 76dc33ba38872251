package org.hearsay.speakers;

/** Tidies a phrase for display as a name or role. */
final class SpeakerText {

    private SpeakerText() {
    }

    static String clean(String s) {
        String out = s.replaceAll("\\s+", " ").trim();
        out = out.replaceAll("^[,;:(\\s]+|[,;:)\\s]+$", "");
        return out;
    }
}
