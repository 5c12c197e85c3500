package dev.quire.plugin.search;

import java.util.Arrays;

/**
 * Distinct terms, each numbered in the order it was first seen, read straight from the characters
 * they lie in. A post's text is millions of terms on a large site, most of them repeats: a string
 * and a map entry for each would be most of what indexing allocates. Here a term is copied once,
 * when it is new, into one array of characters where each term is followed by a space.
 */
final class TermTable {

    private char[] chars;
    private int used;
    private int[] starts;
    private int[] lengths;
    private int size;
    /** Open addressing: term number + 1 by hash, 0 for a free slot; at most half full. */
    private int[] slots;

    /** A table sized for about {@code expected} terms; it grows past that. */
    TermTable(int expected) {
        int capacity = Math.max(16, Integer.highestOneBit(Math.max(1, expected)) * 2);
        chars = new char[capacity * 8];
        starts = new int[capacity];
        lengths = new int[capacity];
        slots = new int[capacity * 2];
    }

    /** The number of {@code chars[start, start + length)}, numbered now if it is new. */
    int number(char[] term, int start, int length) {
        int hash = 0;
        for (int i = start; i < start + length; i++) {
            hash = 31 * hash + term[i];
        }
        int mask = slots.length - 1;
        for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
            int found = slots[slot] - 1;
            if (found < 0) {
                slots[slot] = add(term, start, length) + 1;
                if (size * 2 > slots.length) {
                    rehash();
                }
                return size - 1;
            }
            if (lengths[found] == length
                    && Arrays.equals(chars, starts[found], starts[found] + length, term, start, start + length)) {
                return found;
            }
        }
    }

    /** How many distinct terms there are. */
    int size() {
        return size;
    }

    /** Term {@code number}. */
    String term(int number) {
        return new String(chars, starts[number], lengths[number]);
    }

    /** Every term in the order of their numbers, each followed by a space. */
    String joined() {
        return new String(chars, 0, used);
    }

    private int add(char[] term, int start, int length) {
        if (used + length + 1 > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + length + 1));
        }
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            lengths = Arrays.copyOf(lengths, size * 2);
        }
        System.arraycopy(term, start, chars, used, length);
        starts[size] = used;
        lengths[size] = length;
        used += length;
        chars[used++] = ' ';
        return size++;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int number = 0; number < size; number++) {
            int hash = 0;
            for (int i = starts[number]; i < starts[number] + lengths[number]; i++) {
                hash = 31 * hash + chars[i];
            }
            int slot = mix(hash) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = number + 1;
        }
    }

    /** Spreads the bits of a string hash, whose low bits alone cluster for short terms. */
    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
