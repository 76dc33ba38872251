package org.hearsay.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PartyLabelsTest {

    @Test
    void aLabelInBracketsOrBetweenCommasBecomesOneWordOfTheSameLength() {
        String text = "Rep. Ana Ortiz (D-Md.) and Sen. Tomas Ruiz, R-S.C., said so; so did Lena Park (I-W.Va.) and Ben Cole (R-TX).";
        assertThat(PartyLabels.asWords(text)).hasSameSizeAs(text)
                .isEqualTo("Rep. Ana Ortiz (DxMdx) and Sen. Tomas Ruiz, RxSxCx, said so; so did Lena Park (IxWxVax) and Ben Cole (RxTX).");
    }

    @Test
    void textWithoutLabelsIsReturnedAsItIs() {
        String text = "The D-Day landings (1944) and the I-95 corridor, R-rated films, and Mr. Ruiz (retired).";
        assertThat(PartyLabels.asWords(text)).isSameAs(text);
    }
}
