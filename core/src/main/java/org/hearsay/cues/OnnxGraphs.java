package org.hearsay.cues;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Rewrites a serialised ONNX model so that its graph gives one more named value as an output: ONNX
 * Runtime gives only a graph's outputs, and an encoder's inner layers are not among them. Works on the
 * protobuf wire format directly (a {@code ModelProto}'s graph is field 7, a {@code GraphProto}'s outputs
 * field 12), so it needs no ONNX classes. Stateless.
 */
final class OnnxGraphs {

    private static final int MODEL_GRAPH = 7;
    private static final int GRAPH_OUTPUT = 12;
    private static final int LENGTH_DELIMITED = 2;

    private OnnxGraphs() {
    }

    /**
     * The model with {@code value} (the name of a node's output, a tensor of floats) added after its
     * graph's outputs.
     *
     * @throws IllegalArgumentException if the bytes are not a model with a graph
     */
    static byte[] withOutput(byte[] model, String value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(model.length);
        boolean rewritten = false;
        int i = 0;
        while (i < model.length) {
            Field f = Field.at(model, i);
            if (f.number == MODEL_GRAPH && f.wire == LENGTH_DELIMITED) {
                byte[] graph = withOutputInGraph(model, f.valueStart, f.end, value);
                writeField(out, MODEL_GRAPH, graph);
                rewritten = true;
            } else {
                out.write(model, i, f.end - i);
            }
            i = f.end;
        }
        if (!rewritten) {
            throw new IllegalArgumentException("not an ONNX model: no graph among its " + model.length + " bytes");
        }
        return out.toByteArray();
    }

    private static byte[] withOutputInGraph(byte[] model, int from, int to, String value) {
        ByteArrayOutputStream graph = new ByteArrayOutputStream(to - from + 64);
        for (int i = from; i < to; ) {
            Field f = Field.at(model, i); // read through, so that a graph cut short says where
            i = f.end;
        }
        graph.write(model, from, to - from);
        // ValueInfoProto {name = 1; type = 2: TypeProto {tensor_type = 1: {elem_type = 1: FLOAT (1)}}}
        ByteArrayOutputStream info = new ByteArrayOutputStream();
        writeField(info, 1, value.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream type = new ByteArrayOutputStream();
        writeField(type, 1, new byte[]{(1 << 3), 1});
        writeField(info, 2, type.toByteArray());
        writeField(graph, GRAPH_OUTPUT, info.toByteArray());
        return graph.toByteArray();
    }

    private static void writeField(ByteArrayOutputStream out, int number, byte[] value) {
        writeVarint(out, ((long) number << 3) | LENGTH_DELIMITED);
        writeVarint(out, value.length);
        out.writeBytes(value);
    }

    private static void writeVarint(ByteArrayOutputStream out, long v) {
        while ((v & ~0x7fL) != 0) {
            out.write((int) ((v & 0x7f) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    /** One field of a message: its number, wire type, where its value starts and where the field ends. */
    private record Field(int number, int wire, int valueStart, int end) {

        static Field at(byte[] b, int i) {
            long[] key = varint(b, i);
            int number = (int) (key[0] >>> 3);
            int wire = (int) (key[0] & 7);
            int p = (int) key[1];
            Field f = switch (wire) {
                case 0 -> new Field(number, wire, p, (int) varint(b, p)[1]);
                case 1 -> new Field(number, wire, p, p + 8);
                case LENGTH_DELIMITED -> {
                    long[] length = varint(b, p);
                    int start = (int) length[1];
                    yield new Field(number, wire, start, Math.addExact(start, (int) length[0]));
                }
                case 5 -> new Field(number, wire, p, p + 4);
                default -> throw new IllegalArgumentException("not an ONNX model: wire type " + wire + " at byte " + i);
            };
            if (f.end > b.length) {
                throw new IllegalArgumentException("not an ONNX model: field " + number + " at byte " + i
                        + " runs past the end (" + b.length + " bytes)");
            }
            return f;
        }

        /** The varint at {@code i} and the index just past it. */
        private static long[] varint(byte[] b, int i) {
            long r = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                if (i >= b.length) {
                    throw new IllegalArgumentException("not an ONNX model: cut short at byte " + i);
                }
                int x = b[i++] & 0xff;
                r |= (long) (x & 0x7f) << shift;
                if (x < 0x80) {
                    return new long[]{r, i};
                }
            }
            throw new IllegalArgumentException("not an ONNX model: a varint longer than ten bytes before byte " + i);
        }
    }
}
