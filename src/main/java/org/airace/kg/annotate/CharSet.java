package org.airace.kg.annotate;

import java.util.BitSet;

/**
 * A set of chars as a fixed 8 KB bitmap, for tests made at every char of a text. {@link BitSet}
 * checks its index and its used length on every call, and a boolean table takes 64 KB of cache per
 * set; this costs one shift and mask.
 */
public final class CharSet {

    private final long[] bits = new long[1 << 10];

    private CharSet() {}

    public static CharSet of(String chars) {
        CharSet set = new CharSet();
        for (int i = 0; i < chars.length(); i++) {
            set.add(chars.charAt(i));
        }
        return set;
    }

    public static CharSet of(BitSet chars) {
        CharSet set = new CharSet();
        for (int c = chars.nextSetBit(0); c >= 0 && c <= Character.MAX_VALUE; c = chars.nextSetBit(c + 1)) {
            set.add((char) c);
        }
        return set;
    }

    private void add(char c) {
        bits[c >>> 6] |= 1L << c;
    }

    public boolean contains(char c) {
        return (bits[c >>> 6] & (1L << c)) != 0;
    }
}
