package org.hearsay.parse;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The linguistic layer: CoreNLP tokenisation, sentences, parts of speech, lemmas, 3-class named
 * entities and Universal Dependencies. Models load once, in the constructor; {@link #parse} is
 * thread-safe, so one parser serves every thread of a process.
 */
public final class LinguisticParser {

    private final StanfordCoreNLP pipeline;

    public LinguisticParser() {
        this.pipeline = new StanfordCoreNLP(properties(), false);
    }

    static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        // Paragraph breaks are sentence breaks: headlines and datelines carry no final period.
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("tokenize.options", "untokenizable=noneKeep");
        // Only the 3-class CRF: person/organisation/location is what speaker resolution needs, and the
        // numeric, SUTime and fine-grained layers cost start-up time and throughput for nothing here.
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        return p;
    }

    public Parse parse(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        for (CoreMap s : coreSentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) {
                continue;
            }
            int offset = tokens.size();
            int n = labels.size();
            int[] heads = new int[n];
            String[] relations = new String[n];
            java.util.Arrays.fill(heads, -1);
            java.util.Arrays.fill(relations, "dep");
            SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            if (graph != null) {
                for (IndexedWord root : graph.getRoots()) {
                    relations[root.index() - 1] = "root";
                }
                for (SemanticGraphEdge e : graph.edgeIterable()) {
                    int dep = e.getDependent().index() - 1;
                    heads[dep] = offset + e.getGovernor().index() - 1;
                    relations[dep] = e.getRelation().toString();
                }
            }
            int sentenceIndex = sentences.size();
            for (int i = 0; i < n; i++) {
                CoreLabel l = labels.get(i);
                String word = text.substring(l.beginPosition(), l.endPosition());
                String lemma = l.lemma() == null ? word.toLowerCase(java.util.Locale.ROOT) : l.lemma().toLowerCase(java.util.Locale.ROOT);
                String ner = l.ner() == null ? "O" : l.ner();
                tokens.add(new Token(offset + i, sentenceIndex, l.beginPosition(), l.endPosition(), word, lemma,
                        l.tag() == null ? "X" : l.tag(), ner, heads[i], relations[i]));
            }
            sentences.add(new Sentence(sentenceIndex, offset, offset + n,
                    labels.get(0).beginPosition(), labels.get(n - 1).endPosition()));
        }
        return new Parse(text, tokens, sentences);
    }
}
