package org.hearsay.parse;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.LaidOutClassifier;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.util.PropertiesUtils;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The linguistic layer: CoreNLP tokenisation, sentences, parts of speech, lemmas, 3-class named
 * entities and Universal Dependencies. Models load once, in the constructor; {@link #parse} is
 * thread-safe, so one parser serves every thread of a process.
 */
public final class LinguisticParser {

    /** Tokens, sentences, tags and lemmas: run on every sentence. */
    private final AnnotationPipeline tagger;
    /** Named entities, on every sentence; still loading while the first text is being tagged. */
    private final Future<Annotator> entities;
    /** Dependencies, only where asked; still loading while the first text is being tagged. */
    private final Future<DependencyParser> dependencies;

    /**
     * Loads the models. The three that take time (part of speech, named entities, dependencies) load
     * at once on separate threads: on two cores that takes the longest one's time, not the sum.
     */
    public LinguisticParser() {
        this(-1);
    }

    /**
     * @param precomputed how many of the dependency parser's most frequent feature products to compute
     *                    at load time: 0 starts about 0.6 s sooner and parses a quarter slower; 100,000
     *                    takes seconds longer to load and parses a fifth faster. The parses are the
     *                    same. Negative: CoreNLP's default.
     */
    public LinguisticParser(int precomputed) {
        // returns once the tagger is ready; entities and dependencies finish loading in the background
        Properties props = properties();
        if (precomputed >= 0) {
            props.setProperty("depparse.numPreComputed", String.valueOf(precomputed));
        }
        ExecutorService loaders = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "hearsay-model-loader");
            t.setDaemon(true);
            return t;
        });
        try {
            // the parser takes longest: it starts first
            Future<DependencyParser> depparse = loaders.submit(() -> LaidOutClassifier.install(DependencyParser.loadFromModelFile(
                    props.getProperty("depparse.model"), PropertiesUtils.extractPrefixedProperties(props, "depparse."))));
            Future<Annotator> ner = loaders.submit(() -> new NERCombinerAnnotator(props));
            this.tagger = new StanfordCoreNLP(props, false);
            this.entities = ner;
            this.dependencies = depparse;
        } finally {
            loaders.shutdown(); // the two loads run on; the pool ends when they do
        }
    }

    private static <T> T await(Future<T> model) {
        try {
            return model.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading CoreNLP models", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not load CoreNLP models: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static Token token(String text, CoreLabel l, int index, int sentence, int head, String relation) {
        String word = text.substring(l.beginPosition(), l.endPosition());
        String lemma = (l.lemma() == null ? word : l.lemma()).toLowerCase(Locale.ROOT);
        return new Token(index, sentence, l.beginPosition(), l.endPosition(), word, lemma,
                l.tag() == null ? "X" : l.tag(), l.ner() == null ? "O" : l.ner(), head, relation);
    }

    static Properties properties() {
        Properties p = new Properties();
        // ner and depparse are loaded beside this pipeline and appended to it, in this order
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        // Paragraph breaks are sentence breaks: headlines and datelines carry no final period.
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        // The tagger and parser learned from text whose quotation marks face the way they quote (``, '')
        // and whose dashes are "--": straight and doubled-apostrophe marks ("''Yes,'' said Ruiz. ''No.''")
        // and Unicode dashes reach them in that form, so a speaker between two quotes is no part of
        // either and the subject of a verb after a dash-set aside is found. Tokens keep the original's
        // offsets; hearsay reads each word from the text itself.
        p.setProperty("tokenize.options", "untokenizable=noneKeep,quotes=latex,dashes=ascii");
        // One CRF, trained on news (CoNLL 2003, Reuters): person/organisation/location is what speaker
        // resolution needs, and it loads in half the time of the larger 3-class model. The numeric,
        // SUTime and fine-grained layers cost start-up time and throughput for nothing here.
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        return p;
    }

    /** Parses every sentence. */
    public Parse parse(String text) {
        return parse(text, sentence -> true);
    }

    /**
     * Tags every sentence, and gives a dependency parse only to those {@code needsSyntax} accepts; the
     * others get tokens with no heads. The parse is 85% of the cost, and most news sentences report
     * nothing, so a stage that knows which sentences can matter saves most of it.
     *
     * @param needsSyntax sees a sentence's tokens (tags, lemmas, entities; no heads yet)
     */
    public Parse parse(String text, Predicate<List<Token>> needsSyntax) {
        // tagged in running-text case ("Christie Calls …" → "Christie calls …"), with spaced hyphens
        // as dashes, party labels ("(R-S.C.)") and names the encoding broke ("PeÃ±a") as one word;
        // words keep the original's
        String shown = BrokenLetters.asLetters(PartyLabels.asWords(SpacedHyphens.asDashes(HeadlineCase.restore(text))));
        Annotation doc = new Annotation(shown);
        tagger.annotate(doc);
        await(entities).annotate(doc);
        List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreMap> selected = new ArrayList<>();
        for (CoreMap s : coreSentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            HeadlineVerbs.restore(labels);
            List<Token> plain = new ArrayList<>(labels.size());
            for (int i = 0; i < labels.size(); i++) {
                plain.add(token(text, labels.get(i), i, 0, -1, "dep"));
            }
            if (!labels.isEmpty() && needsSyntax.test(plain)) {
                selected.add(s);
            }
        }
        if (!selected.isEmpty()) {
            // the basic dependencies only: CoreNLP's annotator would also derive four other graphs
            // (collapsed, CC-processed, enhanced, enhanced++), a tenth of the time, that nothing here reads
            DependencyParser parser = await(dependencies);
            for (CoreMap s : selected) {
                s.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, SemanticGraphFactory.makeFromTree(
                        parser.predict(s), SemanticGraphFactory.Mode.BASIC, GrammaticalStructure.Extras.NONE, null));
            }
        }
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
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
                tokens.add(token(text, labels.get(i), offset + i, sentenceIndex, heads[i], relations[i]));
            }
            sentences.add(new Sentence(sentenceIndex, offset, offset + n,
                    labels.get(0).beginPosition(), labels.get(n - 1).endPosition()));
        }
        return new Parse(text, tokens, sentences);
    }
}
