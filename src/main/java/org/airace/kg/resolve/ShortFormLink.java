package org.airace.kg.resolve;

import java.io.Serializable;

/**
 * A person's name that, in some document, is the last part of a longer person name there
 * (阿莫代 after 达里奥·阿莫代): the two are the same person.
 */
public record ShortFormLink(MentionSignature full, MentionSignature part) implements Serializable {}
