package org.hearsay.format;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BratFormatTest {

    private static final String TEXT = "The mayor said the bridge was safe.\n\n“It is,” she added.";

    @Test
    void readsPolnearLayoutWithFragmentsNotesAndWrappedLines() {
        String ann = """
                T1\tSource 0 9\tThe mayor
                T2\tCue 10 14\tsaid
                T3\tContent 15 34\tthe bridge was safe
                T4\tAttribution 10 14\tsaid
                E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
                #1\tAnnotatorNotes T3\ta note that is not an annotation
                T5\tContent 37 45;37 38\t“It is,” and a span text that
                wraps onto the next line
                T6\tCue 50 55\tadded
                T7\tAttribution 50 55\tadded
                E2\tAttribution-no-source:T7 Content:T5 Cue:T6
                """;
        List<AnnotatedAttribution> atts = new BratFormat().read(ann, TEXT);
        assertThat(atts).hasSize(2);
        assertThat(atts.get(0).sources().get(0).text()).isEqualTo("The mayor");
        assertThat(atts.get(1).sources()).isEmpty();
        assertThat(atts.get(1).contents()).hasSize(2);
        assertThat(atts.get(1).cue().get(0).text()).isEqualTo("added");
    }

    @Test
    void anEventNamingAnUndefinedSpanSaysWhichLine() {
        assertThatThrownBy(() -> new BratFormat().read("T1\tCue 10 14\tsaid\nE1\tAttribution:T9 Cue:T1\n", TEXT))
                .hasMessageContaining("line 2").hasMessageContaining("T9");
    }

    @Test
    void aSpanOutsideTheTextSaysWhichLine() {
        assertThatThrownBy(() -> new BratFormat().read("T1\tCue 10 999\tsaid\n", TEXT))
                .hasMessageContaining("line 1").hasMessageContaining("outside the text");
    }
}
