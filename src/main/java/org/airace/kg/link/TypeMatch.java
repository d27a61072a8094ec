package org.airace.kg.link;

/**
 * Why a candidate has the right kind: its P31 value {@code instanceOf} is, or is a subclass
 * {@code steps} levels below, the allowed class {@code allowedClass}.
 */
public record TypeMatch(String instanceOf, String allowedClass, int steps) {
}
